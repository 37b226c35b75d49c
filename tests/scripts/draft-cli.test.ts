// `npm run --silent draft -- FILE [--published YYYY-MM-DD] [--json | --write]` (issue 18): the drafts of any
// document, in seeds/ or not, as JSON (one object per proposed observation, its offset into the normalised
// text) or as a readable list with each sentence; nothing written; a bad command line exits 2, a file that
// cannot be read 1, each with `draft: FILE: problem`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/domain/text/normalize';
import { readSeed } from '../../scripts/lib/build-input';

const TSX = join('node_modules', '.bin', 'tsx');
const SEED = 'seeds/002_918b6d436871ed29.txt';
const draft = (...args: string[]) =>
  spawnSync(TSX, ['scripts/draft.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

interface Proposal {
  offset: number;
  text: string;
  value: number;
  unit: string | null;
  qualifier: string;
  role: string;
  period: string | null;
  basis: string;
  subject: string;
  region: string;
  indicator: string | null;
  confidence: number;
}

const NOTE =
  '重庆市科技金融工作进展\n\n截至今年6月末，全市科技型企业贷款余额达到6950亿元，同比增长15.2%。' +
  '去年全市新增科技型企业1200家。\n';

/** A folder outside seeds/ holding `files`. */
function outside(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-cli-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function json(...args: string[]): Proposal[] {
  const run = draft(...args, '--json');
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Proposal[];
}

async function normalised(file: string): Promise<string> {
  const read = await readSeed(file);
  if (!read.ok) throw new Error(read.error);
  return normalizeText(read.value);
}

function expectShapes(drafts: Proposal[], text: string): void {
  for (const d of drafts) {
    expect(Object.keys(d).sort()).toEqual(
      [
        'basis',
        'confidence',
        'indicator',
        'offset',
        'period',
        'qualifier',
        'region',
        'role',
        'subject',
        'text',
        'unit',
        'value',
      ].sort(),
    );
    expect(text.slice(d.offset, d.offset + d.text.length)).toBe(d.text);
    expect(['actual', 'target']).toContain(d.role);
    expect(d.period === null || /^\d{4}(-\d{2}){0,2}$/.test(d.period)).toBe(true);
    expect(Number.isFinite(d.value)).toBe(true);
    expect(d.subject.length).toBeGreaterThan(0);
    expect(d.region.length).toBeGreaterThan(0);
    expect(d.confidence).toBeGreaterThan(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
  }
  expect(drafts.map((d) => d.offset)).toEqual([...drafts.map((d) => d.offset)].sort((a, b) => a - b));
}

describe('npm run draft -- FILE --json', () => {
  it('drafts every figure of a seed, each at its offset in the normalised text, and writes nothing', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'draft-cli-')), 'data');
    cpSync('data', data, { recursive: true });
    const before = readdirSync(data, { recursive: true }).sort();
    const drafts = json(SEED, '--data', data);
    expect(readdirSync(data, { recursive: true }).sort()).toEqual(before);
    expect(drafts.length).toBeGreaterThan(20);
    expectShapes(drafts, await normalised(SEED));
    // 2017年…科技型企业贷款余额达800亿元: dated by its sentence, continuing the catalogue's indicator.
    expect(drafts.find((d) => d.text === '800亿元')).toMatchObject({
      value: 800,
      unit: '亿元',
      role: 'actual',
      period: '2017',
      basis: 'level',
      subject: '科技型企业贷款余额',
      region: 'chongqing',
      indicator: 'cq-tech-loan-balance',
      confidence: 1,
    });
  });

  it('drafts a file outside seeds/, in another format too, and --published dates its relative periods', async () => {
    const html =
      '<html><head><title>进展</title></head><body><nav>首页 &gt; 新闻</nav><article>' +
      NOTE.split('\n')
        .filter(Boolean)
        .map((p) => `<p>${p}</p>`)
        .join('') +
      '</article><footer>版权所有</footer></body></html>';
    const dir = outside({ 'note.txt': NOTE, 'note.html': html });
    const txt = join(dir, 'note.txt');
    const undated = json(txt);
    expectShapes(undated, await normalised(txt));
    const pick = (ds: Proposal[]) => ds.map((d) => [d.text, d.period, d.role]);
    // No date given, none in the catalogue, none in the document: relative periods are null.
    expect(pick(undated)).toEqual([
      ['6950亿元', null, 'actual'],
      ['15.2%', null, 'actual'],
      ['1200家', null, 'actual'],
    ]);
    expect(pick(json(txt, '--published', '2024-08-01'))).toEqual([
      ['6950亿元', '2024-06', 'actual'],
      ['15.2%', '2024-06', 'actual'],
      ['1200家', '2023', 'actual'],
    ]);
    const dated = json(txt, '--published', '2025-08-01');
    expect(pick(dated)).toEqual([
      ['6950亿元', '2025-06', 'actual'],
      ['15.2%', '2025-06', 'actual'],
      ['1200家', '2024', 'actual'],
    ]);
    // Surer with a date than without; the region is guessed from the text (重庆市), so never fully sure.
    expect(dated[0]!.confidence).toBeGreaterThan(undated[0]!.confidence);
    expect(dated[0]).toMatchObject({ region: 'chongqing', indicator: 'cq-tech-loan-balance' });
    expect(dated[0]!.confidence).toBeLessThan(1);
    const page = join(dir, 'note.html');
    const fromPage = json(page, '--published', '2025-08-01');
    expectShapes(fromPage, await normalised(page));
    expect(pick(fromPage)).toEqual(pick(dated));
  });

  it('without --json, lists each figure with its sentence and writes nothing', () => {
    const dir = outside({ 'note.txt': NOTE });
    const run = draft(join(dir, 'note.txt'), '--published', '2025-08-01');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 figure(s) drafted; dated 2025-08-01 (--published)');
    expect(run.stdout).toMatch(/@\d+ 6950亿元: 6950 亿元 · actual 2025-06 · level · 科技型企业贷款余额/);
    expect(run.stdout).toContain('  截至今年6月末，全市科技型企业贷款余额达到6950亿元，同比增长15.2%。');
    expect(readdirSync(dir)).toEqual(['note.txt']);
  });
});

describe('npm run draft: problems', () => {
  it.each([
    ['no file', []],
    ['two files', [SEED, SEED]],
    ['an unknown option', [SEED, '--bogus']],
    ['--published that is no date', [SEED, '--published', '2025-13-01']],
    ['--published not written YYYY-MM-DD', [SEED, '--published', '2025/08/01']],
    ['--json with --write', [SEED, '--json', '--write']],
  ])('%s: exit 2 and the usage or the problem', (_, args) => {
    const run = draft(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^draft: /);
  });

  it.each([
    ['a missing file', 'gone.txt', null, 'no such file'],
    ['an unknown format', 'sheet.xls', 'a,b\n', 'unsupported format'],
    ['a damaged Word file', 'cut.docx', 'PK\u0003\u0004garbage', 'damaged or cut off'],
    ['an empty PDF', 'empty.pdf', '', 'empty'],
  ])('%s: exit 1 with `draft: FILE: problem`, nothing written', (_, name, body, problem) => {
    const dir = outside(body === null ? {} : { [name]: body });
    const file = join(dir, name);
    const before = readdirSync(dir);
    const run = draft(file, '--json');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`draft: ${file}: `);
    expect(run.stderr).toContain(problem);
    expect(readdirSync(dir)).toEqual(before);
  });
});
