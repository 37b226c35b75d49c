import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { observationSchema } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import {
  IMPORT_COLUMNS,
  importTemplateCsv,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  parseImportCsv,
  type ImportResult,
} from '../../src/import/import-csv';
import { makeSmallDataset } from '../support/small-dataset';

const dataset = makeSmallDataset();
const HEADER = IMPORT_COLUMNS.join(',');
const utf8 = (s: string) => new TextEncoder().encode(s);

function ok(bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'en'): ImportResult {
  const r = parseImportCsv(bytes, dataset, { locale });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
function fail(bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'en'): string {
  const r = parseImportCsv(bytes, dataset, { locale });
  if (r.ok) throw new Error('expected a file-level error');
  return r.error;
}

describe('parseImportCsv: good files', () => {
  it('reads good rows into user-supplied observations that fit the dataset schema', () => {
    const csv = `${HEADER}\ncq-loans,actual,2024,1350.5,,,2024年重庆市统计公报\nsh-listed,target,2027-06,80,>=,level,新规划\n`;
    const { good, bad, rows } = ok(utf8(csv));
    expect(bad).toEqual([]);
    expect(rows).toBe(2);
    expect(good).toHaveLength(2);
    expect(good[0]).toMatchObject({
      indicator: 'cq-loans',
      line: 2,
      role: 'actual',
      period: '2024',
      value: 1350.5,
      qualifier: '=',
      basis: 'level',
      userSupplied: true,
      source: { document: 'user-import', quote: '2024年重庆市统计公报', offset: 0 },
    });
    expect(good[1]).toMatchObject({ line: 3, qualifier: '>=', period: '2027-06' });
    for (const o of good) expect(observationSchema.safeParse(o).success).toBe(true);
  });

  it('accepts a UTF-8 BOM, CRLF, reordered columns and blank lines', () => {
    const csv = `\uFEFFsource_note,value,period,role,indicator\r\n\r\n公报,1200,2024,actual,cq-loans\r\n`;
    const { good, bad } = ok(utf8(csv));
    expect(bad).toEqual([]);
    expect(good[0]).toMatchObject({ line: 3, value: 1200 });
  });

  it('decodes a GBK file as Excel in China saves it', () => {
    const csv = `${HEADER}\r\ncq-loans,actual,2024,1350,=,level,重庆市统计局：2024年统计公报\r\n`;
    const bytes = iconv.encode(csv, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { good, bad } = ok(new Uint8Array(bytes));
    expect(bad).toEqual([]);
    expect(good[0]!.source.quote).toBe('重庆市统计局：2024年统计公报');
  });

  it('feeds computeProgress: an imported newer actual becomes the latest', () => {
    const loans = dataset.indicators.find((i) => i.id === 'cq-loans')!;
    const { good } = ok(utf8(`${HEADER}\ncq-loans,actual,2024,1600,,,公报\n`));
    const progress = computeProgress(loans, new Date(2025, 5, 30), good);
    expect(progress.latest?.value).toBe(1600);
    expect(progress.latest?.observation.userSupplied).toBe(true);
    expect(progress.status).toBe('achieved');
  });
});

describe('parseImportCsv: bad rows are all reported with their line', () => {
  it.each([
    ['nope,actual,2024,1,,,n', /indicator "nope" is not in the dataset/],
    [',actual,2024,1,,,n', /indicator id is empty/],
    ['cq-loans,forecast,2024,1,,,n', /role must be actual or target/],
    ['cq-loans,actual,2025-13,1,,,n', /period "2025-13"/],
    ['cq-loans,actual,2023-02-29,1,,,n', /period "2023-02-29"/],
    ['cq-loans,actual,去年,1,,,n', /period "去年"/],
    ['cq-loans,actual,2024,"1,2.3",,,n', /value "1,2.3" is not a plain decimal/],
    ['cq-loans,actual,2024,1e999,,,n', /value "1e999"/],
    ['cq-loans,actual,2024,NaN,,,n', /value "NaN"/],
    ['cq-loans,actual,2024,一千,,,n', /value "一千"/],
    ['cq-loans,actual,2024,,,,n', /value ""/],
    ['cq-loans,actual,2024,1,以上,,n', /qualifier "以上"/],
    ['cq-loans,actual,2024,1,,stock,n', /basis "stock"/],
    ['cq-loans,actual,2024,1,,,', /source_note is empty/],
  ])('%s', (row, message) => {
    const { good, bad } = ok(utf8(`${HEADER}\n${row}\n`));
    expect(good).toEqual([]);
    expect(bad).toEqual([{ line: 2, message: expect.stringMatching(message) }]);
  });

  it('lists every bad row and every problem of a row, and keeps the good ones', () => {
    const csv = [
      HEADER,
      'cq-loans,actual,2024,1350,,,ok',
      'bogus,forecast,2024,abc,,,x',
      '"cq-loans","actual","2024","1,400",,,"multi',
      'line note"',
      'sh-listed,actual,2025,70,,,ok',
      'cq-loans,actual,2024,1360,,,again',
    ].join('\n');
    const { good, bad } = ok(utf8(csv));
    expect(good.map((o) => o.line)).toEqual([2, 6]);
    expect(bad.map((b) => b.line)).toEqual([3, 3, 3, 4, 4, 7]); // line 4: value, and the line break in the note
    expect(bad.at(-1)!.message).toMatch(/duplicates line 2/);
  });

  it('reports an unterminated quote on its line', () => {
    const { bad } = ok(utf8(`${HEADER}\ncq-loans,actual,2024,1,,,ok\ncq-loans,actual,2023,"1,,,x\n`));
    expect(bad[0]).toMatchObject({ line: 3, message: expect.stringMatching(/CSV syntax error/) });
  });

  it('gives messages in Chinese by default', () => {
    const { bad } = ok(utf8(`${HEADER}\nnope,actual,2024,1,,,n\n`), 'zh-CN');
    expect(bad[0]!.message).toMatch(/不在数据集中/);
  });
});

describe('parseImportCsv: hostile files', () => {
  it('keeps markup and formulas as inert text in the note (rendered as text, neutralised in exports)', () => {
    const csv = `${HEADER}\ncq-loans,actual,2024,1,,,"<img src=x onerror=alert(1)>"\ncq-loans,actual,2023,1,,,"=HYPERLINK(""http://evil"",""x"")"\n`;
    const { good, bad } = ok(utf8(csv));
    expect(bad).toEqual([]);
    expect(good.map((o) => o.source.quote)).toEqual([
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil","x")',
    ]);
  });

  it('refuses control characters and bidi overrides in any cell', () => {
    const csv = `${HEADER}\ncq-loans,actual,2024,1,,,"bell\u0007"\ncq-loans,actual,2023,1,,,"\u202Eevil"\ncq-loans\u0000,actual,2022,1,,,n\n`;
    const r = parseImportCsv(utf8(csv), dataset, { locale: 'en' });
    // NUL makes the decoder call the file binary: refused whole.
    expect(r.ok).toBe(false);
    const { bad } = ok(utf8(csv.replace('cq-loans\u0000', 'cq-loans')));
    expect(bad).toEqual([
      { line: 2, message: expect.stringMatching(/U\+0007/) },
      { line: 3, message: expect.stringMatching(/U\+202E/) },
    ]);
  });

  it('refuses very long cells, and shortens what it echoes', () => {
    const long = 'x'.repeat(100_000);
    const { bad } = ok(utf8(`${HEADER}\n${long},actual,2024,1,,,${long}\n`));
    expect(bad.map((b) => b.message)).toEqual([
      expect.stringMatching(/indicator is too long \(100000 characters/),
      expect.stringMatching(/^indicator "x{40}…" is not in the dataset/),
      expect.stringMatching(/source_note is too long/),
    ]);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), /binary/],
    ['header only', utf8(`${HEADER}\n`), /no data rows/],
    ['missing columns', utf8('indicator,value\ncq-loans,1\n'), /Missing columns: role, period, source_note/],
    ['semicolons', utf8('indicator;role;period;value;source_note\n'), /semicolons/],
  ])('refuses a file that is %s', (_name, bytes, message) => {
    expect(fail(bytes)).toMatch(message);
  });

  it('refuses a file over 20 MB before reading it', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(fail(big)).toMatch(/too large \(20\.0 MB\); the limit is 20\.0 MB/);
  });

  it('refuses more than 100,000 rows', () => {
    const row = 'cq-loans,actual,2024,1,,,n\n';
    const bytes = utf8(HEADER + '\n' + row.repeat(MAX_IMPORT_ROWS + 1));
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(fail(bytes)).toMatch(/more than 100000 rows/);
  });
});

describe('importTemplateCsv', () => {
  const rows = [
    { id: 'cq-loans', name: '科技型企业贷款余额', region: '重庆市', unit: '亿元', latestPeriod: '2023' },
    { id: 'sh-listed', name: 'Listings, STAR', region: '=cmd|x', unit: '家', latestPeriod: '' },
  ];
  const T =
    '\uFEFFindicator,name,region,unit,latest_period,role,period,value,qualifier,basis,source_note\r\n';

  it('lists the indicators given, pre-filled, with the value column empty; a cell with a comma is quoted, a formula neutralised', () => {
    expect(importTemplateCsv(rows)).toBe(
      `${T}cq-loans,科技型企业贷款余额,重庆市,亿元,2023,actual,,,,,\r\n` +
        `sh-listed,"Listings, STAR",'=cmd|x,家,,actual,,,,,\r\n`,
    );
  });

  it('imports nothing and reports nothing when left as it is: its rows are unfilled, not errors', () => {
    const r = ok(utf8(importTemplateCsv(rows)));
    expect(r).toEqual({ good: [], bad: [], rows: 0, unfilled: 2 });
  });

  it('imports the rows a user filled in, by id, reading none of the reference columns', () => {
    const text = importTemplateCsv(rows).replace(
      'cq-loans,科技型企业贷款余额,重庆市,亿元,2023,actual,,,,,',
      'cq-loans,科技型企业贷款余额,重庆市,亿元,2023,actual,2025,1500,>=,,2025年统计公报',
    );
    const r = ok(utf8(text));
    expect(r.bad).toEqual([]);
    expect(r.unfilled).toBe(1);
    expect(r.good).toEqual([
      expect.objectContaining({ indicator: 'cq-loans', period: '2025', value: 1500, qualifier: '>=' }),
    ]);
  });

  it('with no indicator in view, gives one example row per role', () => {
    const text = importTemplateCsv([]);
    expect(text.startsWith(T)).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
  });
});

describe('an indicator given by its Chinese name', () => {
  it.each<[string, string, { indicator?: string; message?: RegExp }]>([
    ['a unique name is taken for its id', '科技型企业贷款余额', { indicator: 'cq-loans' }],
    ['an id is still an id', 'sh-listed', { indicator: 'sh-listed' }],
    ['an unknown name is refused', '不存在的指标', { message: /不存在的指标/ }],
  ])('%s', (_, given, want) => {
    const r = ok(utf8(`${HEADER}\n${given},actual,2025,1,,,note\n`));
    if (want.indicator) expect(r.good.map((g) => g.indicator)).toEqual([want.indicator]);
    else expect(r.bad[0]!.message).toMatch(want.message!);
  });

  it('a name two indicators share is refused, naming both ids', () => {
    const twin = makeSmallDataset();
    twin.indicators[1]!.name.zh = twin.indicators[0]!.name.zh;
    const r = parseImportCsv(utf8(`${HEADER}\n${twin.indicators[0]!.name.zh},actual,2025,1,,,note\n`), twin, {
      locale: 'zh-CN',
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.good).toEqual([]);
    expect(r.value.bad).toEqual([
      {
        line: 2,
        message: `名称 "${twin.indicators[0]!.name.zh}" 对应多个指标（${twin.indicators[0]!.id}, ${twin.indicators[1]!.id}），请填写指标 id`,
      },
    ]);
  });
});
