// Broken and hostile files of every format the seeds folder accepts, generated here by code: a scan with no
// text layer, an encrypted PDF, a cut-off PDF, a zip bomb that says so and one that lies, a cut-off or
// encrypted Word file, a page of scripts and frames, a file over its format's size limit, a format seeds/
// does not read. Each is refused with one `file: problem` line that says what to do; through the CLI, with a
// good dataset in place, that dataset stays byte-identical and nothing is written beside it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../src/domain/catalogue/problem';
import { readBuildInput } from '../../scripts/lib/build-input';
import { encryptedPdf, lyingZip, scannedPdf, wordFile, zipDeclaring } from '../support/format-fixtures';
import { CORPUS } from './corpus';

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/build-data.ts');
const MB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);

interface HostileFile {
  name: string;
  /** The file's name in seeds/; data/documents.csv lists it unless `unlisted`. */
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  /** The start of the one problem line… */
  expect: string;
  /** …and what it tells the curator to do. */
  hint: string;
  unlisted?: boolean;
  cli?: boolean;
}

const CASES: HostileFile[] = [
  {
    name: 'a scanned PDF (pages that are only images)',
    file: 'a.pdf',
    bytes: scannedPdf,
    expect: 'seeds/a.pdf: no text layer (0 characters in 2 page(s))',
    hint: 'run OCR on it',
    cli: true,
  },
  {
    name: 'a PDF that needs a password',
    file: 'a.pdf',
    bytes: encryptedPdf,
    expect: 'seeds/a.pdf: encrypted: the PDF needs a password to open',
    hint: 'Save a copy without the password',
    cli: true,
  },
  {
    name: 'a PDF cut off half-way (an interrupted download)',
    file: 'a.pdf',
    bytes: async () => (await encryptedPdf()).subarray(0, 300),
    expect: 'seeds/a.pdf: not a readable PDF (damaged or cut off',
    hint: 'Download or export it again',
  },
  {
    name: 'a web page saved under the .pdf name',
    file: 'a.pdf',
    bytes: () => utf8('<html><body><p>正文</p></body></html>'),
    expect: 'seeds/a.pdf: not a PDF file (no %PDF- header)',
    hint: 'another format renamed',
  },
  {
    name: 'a PDF over 32 MB',
    file: 'a.pdf',
    bytes: () => new Uint8Array(32 * MB + 1),
    expect: 'seeds/a.pdf: larger than 32 MB',
    hint: 'is it the right file?',
    cli: true,
  },
  {
    name: 'a zip bomb: a .docx that declares 1 GB unpacked',
    file: 'a.docx',
    bytes: () => zipDeclaring(1024 * MB),
    expect: 'seeds/a.docx: declares 1024 MB unpacked, over the 64 MB limit (a zip bomb?)',
    hint: 'refused unread',
    cli: true,
  },
  {
    name: 'a zip bomb that lies: declares 1 byte, inflates to 16 MB',
    file: 'a.docx',
    bytes: () => lyingZip(16 * MB),
    expect: 'seeds/a.docx: word/document.xml unpacks to more than it declares',
    hint: 'a zip bomb, or a damaged file',
  },
  {
    name: 'a Word file cut off half-way',
    file: 'a.docx',
    bytes: async () => {
      const whole = await wordFile(['截至2024年6月末,全市科技型企业贷款余额6950亿元。']);
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    expect: 'seeds/a.docx: damaged or cut off',
    hint: 'not a readable ZIP archive',
    cli: true,
  },
  {
    name: 'a password-protected Word file (an OLE container, not a ZIP)',
    file: 'a.docx',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    expect: 'seeds/a.docx: encrypted (password-protected) or an old .doc',
    hint: 'save it as .docx without a password',
  },
  {
    name: 'a spreadsheet renamed .docx',
    file: 'a.docx',
    bytes: () => zipSync({ 'xl/workbook.xml': utf8('<workbook/>') }),
    expect: 'seeds/a.docx: a ZIP archive without word/document.xml',
    hint: 'not a Word document',
  },
  {
    name: 'an empty .docx',
    file: 'a.docx',
    bytes: () => new Uint8Array(0),
    expect: 'seeds/a.docx: the document is empty (0 bytes)',
    hint: 'empty',
  },
  {
    name: 'a page of scripts, styles and frames, with no text',
    file: 'a.html',
    bytes: () =>
      utf8(
        '<!DOCTYPE html><html><head><script>var s="截至2024年6月末,贷款余额6950亿元"</script>' +
          '<style>p{color:red}</style></head><body><iframe src="https://example.org/"></iframe>' +
          '<script>document.write("<p>6950亿元</p>")</script><noscript>请启用脚本</noscript></body></html>',
      ),
    expect: 'seeds/a.html: the page holds no text',
    hint: 'only markup, scripts or images',
  },
  {
    name: 'an image saved under the .html name',
    file: 'a.html',
    bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    expect: 'seeds/a.html: binary data: a PNG image',
    hint: 'not a text file',
  },
  {
    name: 'a format seeds/ does not read (an old .doc), beside the good document',
    file: 'b.doc',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    expect: 'seeds/b.doc: unsupported format: .doc files are not read (save it as .docx from Word or WPS)',
    hint: 'seeds/ accepts .txt, .html, .htm, .docx, .pdf',
    unlisted: true,
    cli: true,
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The broken corpus's base with the case's file in seeds/, listed as doc-a's file (or beside it). */
async function setUp(c: HostileFile): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-format-'));
  dirs.push(dir);
  cpSync(join(CORPUS, 'base'), dir, { recursive: true });
  writeFileSync(join(dir, 'seeds', c.file), await c.bytes());
  if (!c.unlisted) {
    rmSync(join(dir, 'seeds', 'a.txt'));
    const csv = join(dir, 'data', 'documents.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('seeds/a.txt', `seeds/${c.file}`));
  }
  return dir;
}

describe('a hostile or broken file of each format is refused with file: problem', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = await setUp(c);
    const result = buildDataset(await readBuildInput(join(dir, 'data'), join(dir, 'seeds')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.error.map(formatProblem).map((l) => l.replaceAll(`${dir}/`, ''));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(c.expect), lines[0]).toBe(true);
    expect(lines[0]).toContain(c.hint);
  });
});

describe('what else lies in seeds/', () => {
  it('passes over hidden files and folders (a .DS_Store, a folder of drafts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-format-'));
    dirs.push(dir);
    cpSync(join(CORPUS, 'base'), dir, { recursive: true });
    writeFileSync(join(dir, 'seeds', '.DS_Store'), new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
    mkdirSync(join(dir, 'seeds', 'drafts'));
    writeFileSync(join(dir, 'seeds', 'drafts', 'b.doc'), '一二三');
    const input = await readBuildInput(join(dir, 'data'), join(dir, 'seeds'));
    expect([...input.seeds.keys()]).toEqual(['seeds/a.txt']);
    const result = buildDataset(input);
    expect(result.ok ? [] : result.error.map(formatProblem)).toEqual([]);
  });
});

describe('through the CLI, with a good dataset in place that must stay byte-identical', () => {
  let good: Buffer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-format-good-'));
    dirs.push(dir);
    cpSync(join(CORPUS, 'base'), dir, { recursive: true });
    const run = spawnSync(TSX, [SCRIPT, '--out', 'out/indicators.json'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    good = readFileSync(join(dir, 'out', 'indicators.json'));
  }, 60_000);

  it.each(CASES.filter((c) => c.cli).map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const dir = await setUp(c);
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'out', 'indicators.json'), good);
      const cli = spawnSync(TSX, [SCRIPT, '--out', 'out/indicators.json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(cli.signal, cli.stderr).toBeNull();
      expect(cli.status, cli.stderr).toBe(1);
      const line = cli.stderr.split('\n').find((l) => l.startsWith(c.expect));
      expect(line, cli.stderr).toBeDefined();
      expect(line).toContain(c.hint);
      expect(cli.stderr).toContain('build:data: 1 problem(s); out/indicators.json left unchanged.');
      expect(readFileSync(join(dir, 'out', 'indicators.json')).equals(good)).toBe(true);
      expect(readdirSync(join(dir, 'out'))).toEqual(['indicators.json']);
    },
    60_000,
  );
});
