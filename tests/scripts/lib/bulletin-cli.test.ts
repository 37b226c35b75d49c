// `npm run bulletin`: the command line checked with clear errors (exit 2), the selection by region and topic,
// and the file written whole or not at all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/domain/dataset-schema';
import { bulletinFor, parseBulletinArgs, runBulletin } from '../../../scripts/lib/bulletin-cli';

const GOLDEN = 'tests/golden/indicators.json';
const dataset = datasetSchema.parse(JSON.parse(readFileSync(GOLDEN, 'utf8')));
// A 1×1 PNG: the writer places it, the tests need no renderer.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const fakePng = async () => PNG;

describe('parseBulletinArgs', () => {
  it('takes the options, today as the default as-of date', () => {
    const r = parseBulletinArgs(
      ['--out', 'b.docx', '--region', 'cq-gaoxin,chongqing', '--lang', 'en'],
      '2026-12-07',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        out: 'b.docx',
        regions: ['cq-gaoxin', 'chongqing'],
        topics: [],
        asOf: '2026-12-07',
        issued: '2026-12-07',
        locale: 'en',
        data: 'public/data/indicators.json',
      },
    });
  });

  it.each([
    [[], /--out FILE\.docx is required/],
    [['--out', 'b.pdf'], /must name a \.docx file/],
    [['--out', 'b.docx', '--as-of', '2025-13-01'], /--as-of "2025-13-01" is not a date/],
    [['--out', 'b.docx', '--as-of', '30/06/2025'], /is not a date as YYYY-MM-DD/],
    [['--out', 'b.docx', '--lang', 'fr'], /--lang must be zh or en/],
    [['--out', 'b.docx', '--colour', 'red'], /Unknown option '--colour'[\s\S]*usage: npm run bulletin/],
    [['--out', 'b.docx', 'extra'], /usage: npm run bulletin/],
  ])('%j is refused: %s', (argv, message) => {
    const r = parseBulletinArgs(argv as string[], '2026-12-07');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('bulletinFor', () => {
  const options = {
    regions: [] as string[],
    topics: [] as string[],
    asOf: '2025-06-30',
    locale: 'zh-CN' as const,
  };

  it('selects a region with the regions within it, and a topic', () => {
    const chongqing = bulletinFor(dataset, { ...options, regions: ['chongqing'] });
    const zone = bulletinFor(dataset, { ...options, regions: ['cq-gaoxin'] });
    expect(chongqing.ok && zone.ok).toBe(true);
    if (!chongqing.ok || !zone.ok) return;
    const rows = (b: typeof zone.value) => b.blocks.filter((x) => x.kind === 'table').flatMap((t) => t.rows);
    // 重庆市 holds 重庆高新区: its 36 own indicators and the zone's 22.
    expect(rows(chongqing.value)).toHaveLength(58);
    expect(rows(zone.value)).toHaveLength(22);
    const topic = dataset.indicators.find((i) => i.region === 'cq-gaoxin')!.topic;
    const byTopic = bulletinFor(dataset, { ...options, regions: ['cq-gaoxin'], topics: [topic] });
    expect(byTopic.ok).toBe(true);
    if (byTopic.ok)
      expect(rows(byTopic.value)).toHaveLength(
        dataset.indicators.filter((i) => i.region === 'cq-gaoxin' && i.topic === topic).length,
      );
  });

  it('refuses an unknown region or topic as a usage error, naming the known ones', () => {
    const region = bulletinFor(dataset, { ...options, regions: ['atlantis'] });
    expect(region).toEqual({
      ok: false,
      error: {
        usage: true,
        message: expect.stringMatching(/unknown region id: atlantis; known: .*cq-gaoxin/),
      },
    });
    const topic = bulletinFor(dataset, { ...options, topics: ['nope'] });
    expect(topic.ok).toBe(false);
    if (!topic.ok)
      expect(topic.error).toEqual({ usage: true, message: expect.stringMatching(/unknown topic id: nope/) });
  });
});

describe('runBulletin', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulletin-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const options = (out: string) => ({
    out,
    regions: ['cq-gaoxin'],
    topics: [],
    asOf: '2025-06-30',
    issued: '2026-12-07',
    locale: 'zh-CN' as const,
    data: GOLDEN,
  });

  it('writes the .docx with one picture drawn per target', async () => {
    const out = join(dir, 'sub', 'b.docx');
    const r = await runBulletin(options(out), fakePng);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ indicators: 8, charts: 8 });
    const files = unzipSync(readFileSync(out));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('科技金融发展监测通报（截至2025年6月30日）');
    expect(xml).toContain('日期：2026年12月7日');
    // The same picture eight times is stored once and drawn eight times.
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(8);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['b.docx']);
  });

  it('leaves the old file as it was when drawing fails halfway', async () => {
    const out = join(dir, 'b.docx');
    writeFileSync(out, 'the last bulletin');
    let n = 0;
    const failing = async () => {
      if (++n === 3) throw new Error('renderer crashed');
      return PNG;
    };
    await expect(runBulletin(options(out), failing)).rejects.toThrow('renderer crashed');
    expect(readFileSync(out, 'utf8')).toBe('the last bulletin');
    expect(readdirSync(dir)).toEqual(['b.docx']);
  });

  it('says where the dataset is missing, as a failure that is not a usage error', async () => {
    const r = await runBulletin({ ...options(join(dir, 'b.docx')), data: join(dir, 'none.json') }, fakePng);
    expect(r).toEqual({ ok: false, error: { usage: false, message: expect.stringMatching(/not found/) } });
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  });
});

it('the script exits 2 on a bad argument, with the reason', () => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bulletin.ts', '--out', 'x.docx', '--as-of', 'soon'],
    {
      encoding: 'utf8',
    },
  );
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/bulletin: --as-of "soon" is not a date as YYYY-MM-DD/);
  expect(existsSync('x.docx')).toBe(false);
});
