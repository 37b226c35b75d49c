// The tables as their users open them: the CSV and the XLSX of all 58 indicators, opened in LibreOffice Calc
// (headless) and read back from what Calc made of them. Chinese headers intact, values as numbers, periods
// as text, both sheets there. Needs soffice: fails when it is missing (CI installs it,
// .ci/run), unless NO_OFFICE=1 says to skip on a developer's machine (scripts/lib/office.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { indicatorsCsv, utf8Bytes } from '../../src/export/csv-export';
import { indicatorTable, periodCell, sourcesTable, type TableInput } from '../../src/export/table-rows';
import { indicatorsXlsx } from '../../src/export/xlsx-export';
import {
  OFFICE_MISSING,
  convertWithCalc,
  officeTestMode,
  readFods,
  type OdsCell,
} from '../../scripts/lib/office';

const mode = officeTestMode();
const dataset = datasetSchema.parse(JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')));
const asOf = new Date(2025, 5, 30);
const input: TableInput = {
  dataset,
  indicators: dataset.indicators,
  statuses: new Map(dataset.indicators.map((i) => [i.id, computeProgress(i, asOf).status])),
  locale: 'zh-CN',
};
const table = indicatorTable(input);
const col = (header: string) => table.columns.findIndex((c) => c.header === header);
const nonEmpty = (rows: OdsCell[][]) => rows.filter((r) => r.some((c) => c.text !== ''));

/** Both exports opened in Calc: the rows of each sheet as Calc read them. */
let calc: {
  csv: ReturnType<typeof readFods>;
  xlsx: ReturnType<typeof readFods>;
  pdfText: string;
};
let dir = '';

describe.skipIf(mode === 'skip')('the CSV and XLSX exports opened in LibreOffice Calc', () => {
  beforeAll(async () => {
    if (mode === 'missing') throw new Error(OFFICE_MISSING);
    dir = mkdtempSync(join(tmpdir(), 'office-'));
    writeFileSync(join(dir, 'indicators.csv'), utf8Bytes(indicatorsCsv(input)));
    writeFileSync(join(dir, 'workbook.xlsx'), await indicatorsXlsx(input));
    // The CSV as Calc's Text Import dialog reads it once its character set says UTF-8 (what the BOM says):
    // comma-separated, quoted with ", from the first line. Calc headless otherwise takes the system's 8-bit
    // character set and shows mojibake, whatever the BOM.
    const csv = convertWithCalc(join(dir, 'indicators.csv'), 'fods', join(dir, 'csv'), 'CSV:44,34,76,1');
    const xlsx = convertWithCalc(join(dir, 'workbook.xlsx'), 'fods', join(dir, 'xlsx'));
    // Printed by Calc, and its text read back by poppler: what a reader's PDF of the workbook says.
    const pdf = convertWithCalc(join(dir, 'workbook.xlsx'), 'pdf', join(dir, 'pdf'));
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    calc = { csv: readFods(readFileSync(csv, 'utf8')), xlsx: readFods(readFileSync(xlsx, 'utf8')), pdfText };
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['csv', 'xlsx'] as const)('%s: the Chinese headers arrive intact', (kind) => {
    const [header] = calc[kind][0]!.rows;
    expect(header!.slice(0, table.columns.length).map((c) => c.text)).toEqual(
      table.columns.map((c) => c.header),
    );
    expect(header![0]!.text).toBe('指标代码');
  });

  it.each(['csv', 'xlsx'] as const)("%s: every row, every value a number equal to the export's", (kind) => {
    const rows = nonEmpty(calc[kind][0]!.rows).slice(1);
    expect(rows).toHaveLength(table.rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(70);
    const v = col('数值');
    rows.forEach((row, i) => {
      expect(row[v]!.type, `row ${i + 2}`).toBe('float');
      expect(Number(row[v]!.value)).toBe(table.rows[i]![v]);
    });
  });

  it.each(['csv', 'xlsx'] as const)('%s: month periods stay text; names and quotes stay whole', (kind) => {
    const rows = nonEmpty(calc[kind][0]!.rows).slice(1);
    const p = col('期间');
    const months = rows.filter((r) => /-M\d\d$/.test(r[p]!.text));
    expect(months.length).toBeGreaterThan(10);
    for (const r of months) expect(r[p]!.type).toBe('string');
    // In the workbook every period is a text cell, a year too.
    if (kind === 'xlsx') for (const r of rows) expect(r[p]!.type).toBe('string');
    rows.forEach((row, i) => {
      expect(row[p]!.text).toBe(table.rows[i]![p]);
      expect(row[col('指标名称')]!.text).toBe(table.rows[i]![col('指标名称')]);
      expect(row[col('原文摘录')]!.text).toBe(table.rows[i]![col('原文摘录')]);
    });
    expect(periodCell('2021-12')).toBe('2021-M12');
  });

  it('xlsx printed to PDF by Calc: its Chinese header and names are text there (pdftotext)', () => {
    expect(calc.pdfText).toContain('指标代码');
    expect(calc.pdfText).toContain('科技型企业贷款余额');
    expect(calc.pdfText).toContain('cq-tech-loan-balance');
  });

  it('xlsx: a sheet of indicators and one of sources', () => {
    expect(calc.xlsx.map((s) => s.name)).toEqual(['指标', '来源文件']);
    const sources = sourcesTable(input);
    const rows = nonEmpty(calc.xlsx[1]!.rows);
    expect(rows[0]!.slice(0, sources.columns.length).map((c) => c.text)).toEqual(
      sources.columns.map((c) => c.header),
    );
    expect(rows.slice(1).map((r) => r[0]!.text)).toEqual(sources.rows.map((r) => r[0]));
    // (The frozen header row is checked in the workbook's XML, xlsx-export.test.ts: Calc headless has no view
    // and writes no view settings to read it back from.)
  });
});
