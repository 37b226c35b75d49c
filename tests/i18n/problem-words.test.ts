// The build's problems in both languages (src/i18n/problem-words.ts): every code has words, the English
// words say exactly what the build prints, and the Chinese say it in Chinese, located by file and line.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import {
  PROBLEM_CODES,
  type BuildProblemCode,
  type ProblemCode,
  type ProblemParams,
} from '../../src/domain/catalogue/problem-codes';
import type { Problem } from '../../src/domain/catalogue/problem';
import { PROBLEM_WORDS, problemSays, problemText } from '../../src/i18n/problem-words';
import { LOCALES } from '../../src/i18n/translate';
import { readBuildInput } from '../../scripts/lib/build-input';
import { inputFrom, validTables } from '../support/build-fixture';
import { loadCases, materialize } from '../hostile/corpus';

const figure = { text: '6950亿元', value: 6950, unit: '亿元', qualifier: '=' };
const fault = { kind: 'no-day', yearMonth: '2023-02', days: 28 } as const;
/** Parameters for every code: a code added without a sample here fails the type-check. */
const SAMPLES: { [C in ProblemCode]: ProblemParams[C] } = {
  'table-missing': { header: 'id,name_zh,name_en' },
  'table-empty': { header: 'id,name_zh,name_en' },
  'table-too-large': { limitMb: 20 },
  'table-undecodable': { detail: 'binary data' },
  'csv-syntax': { detail: 'Quoted field unterminated', unclosedQuote: true },
  'csv-separator': { separator: 'semicolon' },
  'csv-missing-column': { column: 'quote', expected: ['document', 'quote'] },
  'csv-unknown-column': { column: 'qoute', expected: ['document', 'quote'] },
  'csv-duplicate-column': { column: 'quote' },
  'csv-cell-count': { expected: 4, found: 5, header: ['document', 'quote', 'text', 'reason'] },
  field: { column: 'period', value: '2023-02-30', issue: { kind: 'period', fault }, record: 'observation' },
  'duplicate-id': { id: 'tech-loan', first: 2 },
  'parent-not-region': { parent: 'southwest' },
  'region-cycle': { region: 'chongqing', through: 'chengyu' },
  'unknown-reference': { kind: 'topic', id: 'credits', table: 'data/topics.csv' },
  'indicator-unused': { indicator: 'tech-loan', table: 'data/observations.csv' },
  'seed-missing': { file: 'seeds/b.txt' },
  'seed-unreadable': { detail: 'the document is empty (0 bytes)' },
  'seed-too-large': { limitMb: 2 },
  'seed-unsupported': { extension: 'doc', accepted: ['txt', 'docx'] },
  'seed-not-listed': { table: 'data/documents.csv' },
  'bad-period': { column: 'period', value: '2024-13', detail: 'no such date: 2024-13' },
  'since-after-period': { since: '2027', period: '2026' },
  'duplicate-observation': { first: 2 },
  'actual-after-document': { period: '2026', published: '2025-07-28' },
  'target-before-document': { period: '2024', published: '2025-07-28' },
  'quote-not-found': {
    document: 'seeds/a.txt',
    quote: '贷款余额6590亿元',
    parting: { upTo: '贷款余额6', line: 2, reads: '950亿元', quoteHas: '590亿元' },
  },
  'quote-ambiguous': { document: 'seeds/a.txt', count: 2, lines: [2, 3] },
  'value-not-in-quote': { qualifier: '>=', value: 695, unit: '亿元', indicatorUnit: '亿元', held: [figure] },
  'ignored-text-not-in-quote': { text: '42.4%', held: [] },
  'ignored-no-figure': { held: [figure] },
  'ignored-but-used': { text: '6950亿元', by: 'data/observations.csv:2' },
  'unreviewed-figure': { figure, observations: 'data/observations.csv', ignored: 'data/ignored.csv' },
  'draft-indicator': { indicator: 'new-loan', at: 'data/indicators.csv:4' },
  'dataset-contract': { path: 'documents.0.file', detail: 'must be a seed file' },
  'catalogue-broken': {},
  'decision-document-unknown': { document: 'doc-x' },
  'decision-no-figure': { offset: 12, file: 'seeds/a.txt' },
  'decision-decided': { text: '6950亿元', status: 'used' },
  'decision-indicator-mismatch': { indicator: 'a', newIndicator: 'b' },
  'decision-other-figure': { text: '20.5%', offset: 40 },
  'decision-table-missing': { file: 'data/ignored.csv' },
  'decision-row-missing': { id: 'doc-a', table: 'data/documents.csv' },
};

const CJK = /[\u4e00-\u9fff]/;

describe('every problem code has words in both languages', () => {
  it.each(PROBLEM_CODES)('%s', (code) => {
    const params = SAMPLES[code];
    for (const locale of LOCALES) {
      const says = problemSays(locale, { message: 'FALLBACK', code, params });
      expect(says, locale).not.toBe('FALLBACK');
      expect(says, locale).not.toMatch(/undefined|\[object|\{\w+\}/);
      expect(typeof PROBLEM_WORDS[locale][code]).toBe('function');
    }
    expect(problemSays('zh-CN', { message: '', code, params })).toMatch(CJK);
  });

  it('has no words for a code that is not a problem code', () => {
    for (const locale of LOCALES)
      expect(Object.keys(PROBLEM_WORDS[locale]).sort()).toEqual([...PROBLEM_CODES].sort());
  });
});

/** The problems the build reports for tables with one thing broken. */
function problemsOf(
  tables: Parameters<typeof inputFrom>[0],
  seeds?: Parameters<typeof inputFrom>[1],
): Problem[] {
  const r = buildDataset(inputFrom(tables, seeds));
  return r.ok ? [] : r.error;
}
const t = validTables();
const replaceLine = (table: string, line: number, text: string) => {
  const lines = table.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
};

describe('a problem in the UI language, with its file and line', () => {
  it.each([
    [
      'a quote not found',
      {
        observations: replaceLine(
          t.observations,
          2,
          'tech-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6590亿元,',
        ),
      },
      'data/observations.csv 第 2 行：引文在文件 seeds/a.txt 中未找到：“全市科技型企业贷款余额6590亿元”；文件与引文一致到“型企业贷款余额6”（第 2 行），此后文件为“950亿元、同比”，引文却为“590亿元”（请从文件中原样复制，标点也要一致）',
    ],
    [
      'a value the quote does not hold',
      {
        observations: replaceLine(
          t.observations,
          2,
          'tech-loan,actual,2024-06,6590,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      'data/observations.csv 第 2 行：引文中没有 6590 亿元：其中有“6950亿元”（6950 亿元）（数值以指标的单位 亿元 填写，“万”已换算，金额以亿元计）：请更正数值、限定或口径，或引用含该数字的句子',
    ],
    [
      'an unknown topic',
      {
        indicators: replaceLine(
          t.indicators,
          2,
          'tech-loan,科技型企业贷款余额,Tech loan balance,chongqing,credits,亿元,stock,increase,',
        ),
      },
      'data/indicators.csv 第 2 行：主题“credits”不在 data/topics.csv 中：请检查拼写，或在该表中添加一行',
    ],
    [
      'a role not among the allowed',
      {
        observations: replaceLine(
          t.observations,
          2,
          'tech-loan,actuals,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      'data/observations.csv 第 2 行：类型（role）“actuals”须为以下之一：actual、target',
    ],
    [
      'a day the month does not have',
      {
        observations: replaceLine(
          t.observations,
          2,
          'tech-loan,actual,2024-02-30,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      'data/observations.csv 第 2 行：期间（period）“2024-02-30”不是有效日期：2024-02 只有 01 至 29 日',
    ],
    [
      'a value in words',
      {
        observations: replaceLine(
          t.observations,
          2,
          'tech-loan,actual,2024-06,六千,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      'data/observations.csv 第 2 行：数值（value）“六千”须为普通小数，如 6950 或 0.2781（不带千位分隔符、文字或指数）',
    ],
    [
      'an empty quote',
      { observations: replaceLine(t.observations, 2, 'tech-loan,actual,2024-06,6950,=,level,,doc-a,,') },
      'data/observations.csv 第 2 行：引文（quote）“”不能为空',
    ],
    [
      'a date Excel rewrote',
      {
        documents: replaceLine(
          t.documents,
          2,
          'doc-a,seeds/a.txt,重庆科技金融答复,重庆市金融办,2025/7/28,chongqing,reply',
        ),
      },
      'data/documents.csv 第 2 行：发布日期（published）“2025/7/28”须写作 YYYY-MM-DD 形式的日期（如 2025-07-28）；Excel 可能已把它转成了日期：请把该列设为文本后重新输入',
    ],
  ])('%s', (_name, tables, zh) => {
    const problems = problemsOf(tables);
    expect(problems.map((p) => problemText('zh-CN', p))).toContain(zh);
  });

  it('says in English exactly what the build prints', () => {
    const [p] = problemsOf({
      observations: replaceLine(
        t.observations,
        2,
        'tech-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6590亿元,',
      ),
    });
    expect(p && problemText('en', p)).toBe(`data/observations.csv:2: ${p?.message}`);
    expect(p?.message).toMatch(/^quote not found in seeds\/a\.txt/);
  });

  it.each([
    [{ kind: 'too-long', max: 2000 }, 'observation', '数值行：引文（quote）“全全…”超过 2000 个字符'],
    [{ kind: 'required' }, 'new indicator', '新指标：引文（quote）“全全…”缺少此项'],
    [{ kind: 'draft-mark' }, undefined, '引文（quote）“全全…”须为 1（尚未审核的草稿）或留空'],
    [
      { kind: 'other', detail: 'Invalid input' },
      'ignore',
      '忽略行：引文（quote）“全全…”不符合要求（Invalid input）',
    ],
  ] as const)('a field issue %o of a row %s names the field', (issue, record, zh) => {
    const params = { column: 'quote', value: '全全…', issue, ...(record ? { record } : {}) };
    expect(problemText('zh-CN', { message: 'English', code: 'field', params })).toBe(zh);
  });

  it('shows the English message, located, for a problem without a code', () => {
    const p = { file: 'data/x.csv', line: 3, message: 'something new' };
    expect(problemText('zh-CN', p)).toBe('data/x.csv 第 3 行：something new');
    expect(problemText('en', p)).toBe('data/x.csv:3: something new');
    expect(problemText('zh-CN', { message: 'm', code: 'no-such-code', params: {} })).toBe('m');
  });
});

/** Build codes no test input reaches: a period the row schema lets through, a dataset the checks let
 *  through but its contract refuses, and a 20 MB table. Their words are checked with SAMPLES above. */
const UNREACHED: BuildProblemCode[] = ['bad-period', 'dataset-contract', 'table-too-large'];
const met = new Set<string>();

/** Each problem of a build: the English words are its message, word for word; the Chinese are Chinese. */
function wordedAlike(problems: readonly Problem[]) {
  for (const p of problems) {
    met.add(p.code);
    expect(problemSays('en', p), p.code).toBe(p.message);
    expect(problemSays('zh-CN', p), p.code).toMatch(CJK);
  }
}

const DRAFT_HEADER = 'id,name_zh,name_en,region,topic,unit,measure,direction,note,draft';
describe('each build problem in both languages', () => {
  it.each([
    ['a column twice', { topics: 'id,name_zh,name_en,name_en\ncredit,科技信贷,Tech credit,x\n' }],
    ['a table that is not text', { topics: 'id\u0000\u0000\u0000\u0000,x\n' }],
    [
      'an id in capitals',
      {
        observations: replaceLine(
          t.observations,
          2,
          'Tech Loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
    ],
    [
      'a file outside seeds/',
      {
        documents: replaceLine(
          t.documents,
          2,
          'doc-a,a.txt,重庆科技金融答复,重庆市金融办,2025-07-28,chongqing,reply',
        ),
      },
    ],
    [
      'a parent that is no region',
      { regions: replaceLine(t.regions, 3, 'chongqing,重庆市,Chongqing,southwest') },
    ],
    [
      'regions in a cycle',
      {
        regions:
          'id,name_zh,name_en,parent\nchengyu,成渝,Chengdu–Chongqing,chongqing\nchongqing,重庆市,Chongqing,chengyu\n',
      },
    ],
    [
      'an indicator without observations',
      { indicators: t.indicators + 'idle,闲置,Idle,chongqing,credit,亿元,stock,increase,\n' },
    ],
    [
      'since after the period',
      {
        observations: replaceLine(
          t.observations,
          4,
          'mfg-new,target,2027,500,>=,level,2028,doc-a,制造业融资额新增500亿元以上,',
        ),
      },
    ],
    ['a duplicate observation', { observations: t.observations + t.observations.split('\n')[1] + '\n' }],
    [
      'an actual after its document',
      {
        observations: replaceLine(
          t.observations,
          2,
          'tech-loan,actual,2026,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
    ],
    [
      'an ignored text not in its quote',
      { ignored: t.ignored + 'doc-a,落地建设沪、深、北三大交易所,99,x\n' },
    ],
    ['an ignored quote without a figure', { ignored: t.ignored + 'doc-a,重庆市科技金融情况,,x\n' }],
    [
      'an ignored figure an observation uses',
      { ignored: t.ignored + 'doc-a,全市科技型企业贷款余额6950亿元,,重复\n' },
    ],
    [
      'a draft mark that is not 1, and a reviewed row on a draft indicator',
      {
        indicators:
          DRAFT_HEADER +
          '\n' +
          t.indicators
            .split('\n')
            .slice(1, 3)
            .map((l) => l + ',')
            .join('\n') +
          '\nnew-x,新,New,chongqing,credit,亿元,stock,increase,,1\nbad-x,坏,Bad,chongqing,credit,亿元,stock,increase,,2\n',
        observations:
          t.observations + 'new-x,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,\n',
      },
    ],
  ] as [string, Parameters<typeof inputFrom>[0]][])('%s', (_name, tables) => {
    const problems = problemsOf(tables);
    expect(problems.length).toBeGreaterThan(0);
    wordedAlike(problems);
  });

  it.each([
    ['a format seeds/ does not read', { 'seeds/b.doc': 'x' }],
    ['a document too large', { 'seeds/a.txt': '重庆'.repeat(1024 * 1024) + '。' }],
  ] as [string, Record<string, string>][])('%s', (_name, seeds) => {
    const problems = problemsOf({}, seeds);
    expect(problems.length).toBeGreaterThan(0);
    wordedAlike(problems);
  });

  it('an unreviewed figure', () => {
    const r = buildDataset(inputFrom({ observations: replaceLine(t.observations, 3, '') }));
    expect(r.ok && r.value.unreviewed.length).toBe(1);
    wordedAlike(r.ok ? r.value.unreviewed : []);
  });
});

// Every refused input of the broken corpus: the English words are the build's message, word for word (so
// the parameters carry everything the message says), and the Chinese words are Chinese.
describe('the broken corpus in both languages', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const cases = loadCases().filter((c) => c.exit === 1 && !c.generate);
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = materialize(c);
    dirs.push(dir);
    const r = buildDataset(await readBuildInput(join(dir, 'data'), join(dir, 'seeds')));
    expect(r.ok).toBe(false);
    wordedAlike(r.ok ? [] : r.error);
  });

  // Reads what the tests above met: run with the whole file.
  it('with the inputs above, meets every code the build reports but those no input reaches', () => {
    const build = PROBLEM_CODES.filter((c) => !c.startsWith('decision-') && c !== 'catalogue-broken');
    expect(build.filter((c) => !met.has(c)).sort()).toEqual([...UNREACHED].sort());
  });
});
