// The bulletin as its readers open it: built from the golden dataset as `npm run bulletin` builds it (charts
// drawn with resvg), opened in LibreOffice Writer (headless), printed to PDF and read back with pdftotext. For
// 重庆高新区 as of 2025-06-30 and for all regions as of 2026-06-30 (in Chinese and in English): the title with
// the region and the date, every indicator's name, the tables' headers, each status, each source document's
// title, and no NaN, undefined, Infinity or negative gap. Needs soffice (scripts/lib/office.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../../src/domain/dataset-schema';
import { computeProgress, progressContext } from '../../../src/domain/progress';
import { writeBulletinDocx } from '../../../src/export/bulletin/bulletin-docx';
import type { Bulletin } from '../../../src/export/bulletin/bulletin-model';
import { indicatorDocuments } from '../../../src/export/source-line';
import { BULLETIN_WORDS } from '../../../src/i18n/bulletin-words';
import { localName } from '../../../src/i18n/local-name';
import { statusName } from '../../../src/i18n/progress-words';
import { bulletinFor, renderPngServer } from '../../../scripts/lib/bulletin-cli';
import { regionClosure } from '../../../scripts/lib/export-cli';
import { OFFICE_MISSING, convertWithCalc, officeTestMode } from '../../../scripts/lib/office';

const mode = officeTestMode();
const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')),
);

interface Case {
  name: string;
  regions: string[];
  asOf: string;
  locale: 'zh-CN' | 'en';
  /** What the title must name. */
  regionName: string;
  date: string;
}

const CASES: Case[] = [
  {
    name: 'cq-gaoxin-zh',
    regions: ['cq-gaoxin'],
    asOf: '2025-06-30',
    locale: 'zh-CN',
    regionName: '重庆高新区（西部（重庆）科学城）',
    date: '2025年6月30日',
  },
  {
    name: 'all-zh',
    regions: [],
    asOf: '2026-06-30',
    locale: 'zh-CN',
    regionName: '全部地区',
    date: '2026年6月30日',
  },
  {
    name: 'all-en',
    regions: [],
    asOf: '2026-06-30',
    locale: 'en',
    regionName: 'All regions',
    date: '30 Jun 2026',
  },
];

/** pdftotext breaks lines and spaces CJK from digits where the page does: compare without any whitespace. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

function selection(c: Case) {
  const closure = regionClosure(dataset, c.regions);
  if (!closure.ok) throw new Error(closure.error);
  const indicators = dataset.indicators.filter((i) => c.regions.length === 0 || closure.value.has(i.region));
  const context = progressContext(dataset.documents);
  const asOf = new Date(`${c.asOf}T00:00:00`);
  return indicators.map((i) => ({ indicator: i, progress: computeProgress(i, asOf, [], context) }));
}

let dir = '';
const built = new Map<string, { model: Bulletin; docx: Uint8Array; pdf: string }>();

describe.skipIf(mode === 'skip')('the bulletin opened in LibreOffice Writer and printed to PDF', () => {
  beforeAll(async () => {
    if (mode === 'missing') throw new Error(OFFICE_MISSING);
    dir = mkdtempSync(join(tmpdir(), 'bulletin-'));
    for (const c of CASES) {
      const model = bulletinFor(dataset, { regions: c.regions, topics: [], asOf: c.asOf, locale: c.locale });
      if (!model.ok) throw new Error(model.error.message);
      const docx = await writeBulletinDocx(model.value, renderPngServer);
      const file = join(dir, `${c.name}.docx`);
      writeFileSync(file, docx);
      const pdf = convertWithCalc(file, 'pdf', join(dir, c.name));
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      built.set(c.name, { model: model.value, docx, pdf: text });
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)('$name: the title names the region and the as-of date', (c) => {
    const { pdf } = built.get(c.name)!;
    const w = BULLETIN_WORDS[c.locale];
    const title = w.title.replace('{region}', c.regionName).replace('{date}', c.date);
    expect(squeeze(pdf)).toContain(squeeze(title));
    expect(squeeze(pdf)).toContain(squeeze(w.issuer));
  });

  it.each(CASES)('$name: every indicator of the selection is named', (c) => {
    const pdf = squeeze(built.get(c.name)!.pdf);
    const items = selection(c);
    expect(items.length).toBeGreaterThan(c.regions.length ? 10 : 50);
    for (const { indicator } of items)
      expect(pdf, indicator.id).toContain(squeeze(localName(indicator.name, c.locale)));
  });

  it.each(CASES)("$name: the tables' headers, each status, each source document", (c) => {
    const pdf = squeeze(built.get(c.name)!.pdf);
    const w = BULLETIN_WORDS[c.locale];
    for (const h of [...w.tableColumns, ...w.noTargetColumns]) expect(pdf, h).toContain(squeeze(h));
    const items = selection(c);
    const statuses = new Set(items.map((i) => i.progress.status));
    expect(statuses.size).toBeGreaterThanOrEqual(2);
    for (const s of statuses) expect(pdf, s).toContain(squeeze(statusName(s, c.locale)));
    const docs = new Set(items.flatMap((i) => indicatorDocuments(i.indicator, dataset)));
    expect(docs.size).toBeGreaterThanOrEqual(1);
    for (const d of docs) expect(pdf, d.id).toContain(squeeze(d.title));
  });

  it.each(CASES)('$name: no NaN, undefined, Infinity or negative gap', (c) => {
    const pdf = built.get(c.name)!.pdf;
    expect(pdf).not.toMatch(/NaN|undefined|Infinity/);
    expect(squeeze(pdf)).not.toMatch(/(尚差|，差)[−-]|[−-][\d.,]+[^a-z。]{0,20}short/);
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it.each(CASES)('$name: a real table with a repeated header row, one picture per target', (c) => {
    const { docx, model } = built.get(c.name)!;
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:tbl>/);
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    const pictures = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    const charts = model.blocks.filter((b) => b.kind === 'chart').length;
    expect(charts).toBe(selection(c).filter((i) => i.progress.status !== 'no-target').length);
    expect(pictures).toHaveLength(charts);
  });
});
