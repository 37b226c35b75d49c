import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Observation } from '../../src/domain/dataset-schema';
import {
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
  const growth: Observation = {
    role: 'target',
    period: '2025-12',
    value: 15,
    qualifier: '>=',
    basis: 'cagr',
    since: '2021-06',
    source: { document: 'cq-plan', quote: '年均增长15%以上', offset: 0 },
  };
  const loans = dataset.indicators[0]!;
  const withGrowth = { ...loans, observations: [...loans.observations, growth] };
  const table = (locale: 'zh-CN' | 'en', extra?: Map<string, Observation[]>) => {
    const rows = parse(
      indicatorsCsv({
        dataset,
        indicators: [withGrowth],
        statuses: new Map([['cq-loans', 'on-track']]),
        locale,
        ...(extra ? { extra } : {}),
      }),
    );
    return rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]])));
  };

  it('heads its columns in the UI language, with the words beside their codes', () => {
    const [first] = table('zh-CN');
    expect(first).toMatchObject({
      指标代码: 'cq-loans',
      指标名称: '科技型企业贷款余额',
      英文名称: 'Loans to tech firms',
      地区: '重庆市',
      地区代码: 'chongqing',
      类别: '实际值',
      类别代码: 'actual',
      期间: '2021',
      数值: '800',
      单位: '亿元',
      口径: '水平值',
      口径代码: 'level',
      状态: '按计划推进',
      状态代码: 'on-track',
      文件标题: '重庆高新区金融发展“十四五”规划',
      发布机构: '重庆高新区管委会办公室',
      发布日期: '2022-07-04',
      原文摘录: '2021年末全市科技型企业贷款余额800亿元',
      用户导入: '否',
    });
    const [en] = table('en');
    expect(en).toMatchObject({
      'Indicator code': 'cq-loans',
      Region: 'Chongqing',
      Role: 'actual',
      Unit: '100 million yuan',
      Status: 'On track',
      'Status code': 'on-track',
      'User-supplied': 'no',
    });
  });

  it('gives a growth-rate row its unit, %, not the indicator money unit', () => {
    const rows = table('zh-CN');
    const rate = rows.find((r) => r['口径代码'] === 'cagr')!;
    expect(rate).toMatchObject({ 数值: '15', 单位: '%', 口径: '年均增速', 限定: '以上' });
    expect(rows.filter((r) => r['口径代码'] === 'level').every((r) => r['单位'] === '亿元')).toBe(true);
  });

  it('writes qualifiers as words that need no neutralising, and nothing of ours starts with an apostrophe', () => {
    const text = indicatorsCsv({ dataset, indicators: dataset.indicators, locale: 'zh-CN' });
    expect(text).not.toContain("'=");
    expect(text).not.toMatch(/(^|,)'/m);
    const rows = parse(text);
    const q = rows[0]!.indexOf('限定');
    const words = new Set(rows.slice(1).map((r) => r[q]));
    expect(words).toContain('以上');
    for (const w of words) expect(['', '以上', '余', '多', '超过', '约', '不超过', '低于']).toContain(w);
  });

  it('writes month periods so that no spreadsheet reads them as dates', () => {
    const rate = table('zh-CN').find((r) => r['口径代码'] === 'cagr')!;
    expect(rate['期间']).toBe('2025-M12');
    expect(rate['起始期间']).toBe('2021-M06');
  });

  it('says which figures are drafts nobody has reviewed (待核), in both languages', () => {
    const drafted = {
      ...loans,
      observations: loans.observations.map((o, i) => (i === 1 ? { ...o, draft: true } : o)),
    };
    const rows = (locale: 'zh-CN' | 'en') => {
      const parsed = parse(indicatorsCsv({ dataset, indicators: [drafted], locale }));
      return parsed.slice(1).map((r) => Object.fromEntries(parsed[0]!.map((h, i) => [h, r[i]])));
    };
    expect(rows('zh-CN').map((r) => [r['期间'], r['审核']])).toEqual([
      ['2021', '已审核'],
      ['2023', '待核（草稿，未经审核）'],
      ['2025', '已审核'],
    ]);
    expect(rows('en').map((r) => r['Review'])).toEqual([
      'Reviewed',
      'Unreviewed (a draft, not yet reviewed)',
      'Reviewed',
    ]);
    expect(table('zh-CN', new Map([['cq-loans', [hostile]]])).at(-1)!['审核']).toBe('');
  });

  it('marks imported figures as user-supplied and neutralises their hostile notes', () => {
    const last = table('zh-CN', new Map([['cq-loans', [hostile]]])).at(-1)!;
    expect(last['用户导入']).toBe('是');
    expect(last['文件代码']).toBe('user-import');
    expect(last['文件标题']).toBe('');
    expect(last['原文摘录']).toBe(`'=HYPERLINK("http://evil","点我")`);
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
