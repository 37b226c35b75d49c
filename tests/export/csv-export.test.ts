import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Observation } from '../../src/domain/dataset-schema';
import {
  CSV_COLUMNS,
  datasetJson,
  indicatorsCsv,
  neutralizeCell,
  safeFileName,
  toCsv,
  utf8Bytes,
} from '../../src/export/csv-export';
import { makeSmallDataset } from '../support/small-dataset';

function parse(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['科技 = 金融', '科技 = 金融'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM bytes EF BB BF and ends lines with CRLF', () => {
    const bytes = utf8Bytes(toCsv(['a'], [['甲']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('a\r\n甲\r\n');
  });

  it('quotes commas, quotes and line breaks and round-trips them', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', '重庆，高新区', 3.5]];
    const text = toCsv(['x', 'y', 'z', 'w', 'n'], rows);
    expect(text).toContain('"a,b","say ""hi""","two\nlines",重庆，高新区,3.5');
    expect(parse(text)[1]).toEqual(['a,b', 'say "hi"', 'two\nlines', '重庆，高新区', '3.5']);
  });

  it('neutralises injected text cells but leaves negative numbers numeric', () => {
    const text = toCsv(
      ['q', 'v'],
      [
        ['=1+1', -12.5],
        ['@x', 0],
      ],
    );
    expect(parse(text).slice(1)).toEqual([
      ["'=1+1", '-12.5'],
      ["'@x", '0'],
    ]);
  });
});

describe('indicatorsCsv', () => {
  const dataset = makeSmallDataset();
  const hostile: Observation = {
    role: 'actual',
    period: '2024',
    value: 1300,
    qualifier: '=',
    basis: 'level',
    userSupplied: true,
    source: { document: 'user-import', quote: '=HYPERLINK("http://evil","点我")', offset: 0 },
  };

  it('has the documented columns and one row per observation, with the source document and quote', () => {
    const indicators = dataset.indicators.slice(0, 2);
    const text = indicatorsCsv({
      dataset,
      indicators,
      statuses: new Map([['cq-loans', 'on-track']]),
    });
    const rows = parse(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + indicators.reduce((n, i) => n + i.observations.length, 0));
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({
      indicator_id: 'cq-loans',
      name_zh: '科技型企业贷款余额',
      name_en: 'Loans to tech firms',
      region: 'chongqing',
      region_name: '重庆市',
      unit: '亿元',
      role: 'actual',
      period: '2021',
      value: '800',
      status: 'on-track',
      document_title: '重庆高新区金融发展“十四五”规划',
      document_issuer: '重庆高新区管委会办公室',
      document_published: '2022-07-04',
      quote: '2021年末全市科技型企业贷款余额800亿元',
      user_supplied: 'false',
    });
  });

  it('marks imported figures as user-supplied and neutralises their hostile notes', () => {
    const text = indicatorsCsv({
      dataset,
      indicators: [dataset.indicators[0]!],
      extra: new Map([['cq-loans', [hostile]]]),
    });
    const last = parse(text).at(-1)!;
    expect(last[CSV_COLUMNS.indexOf('user_supplied')]).toBe('true');
    expect(last[CSV_COLUMNS.indexOf('document_id')]).toBe('user-import');
    expect(last[CSV_COLUMNS.indexOf('quote')]).toBe(`'=HYPERLINK("http://evil","点我")`);
  });
});

describe('datasetJson', () => {
  it('is valid against the schema and appends imported observations as user-supplied', () => {
    const dataset = makeSmallDataset();
    const obs: Observation = {
      role: 'actual',
      period: '2024',
      value: 1,
      qualifier: '=',
      basis: 'level',
      source: { document: 'user-import', quote: 'note', offset: 0 },
    };
    const parsed = datasetSchema.parse(JSON.parse(datasetJson(dataset, new Map([['cq-loans', [obs]]]))));
    const loans = parsed.indicators.find((i) => i.id === 'cq-loans')!;
    expect(loans.observations.at(-1)).toMatchObject({ value: 1, userSupplied: true });
    expect(JSON.parse(datasetJson(dataset))).toEqual(dataset);
  });
});

describe('safeFileName', () => {
  it.each([
    ['科技型企业贷款余额', '科技型企业贷款余额'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['..hidden', '_hidden'],
    ['', 'file'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
