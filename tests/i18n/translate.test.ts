// t()'s templates: plain values, numbers in the locale's digits, and English plurals (Intl.PluralRules).
import { describe, expect, it } from 'vitest';
import { fillTemplate, templateArguments, translator, type Locale } from '../../src/i18n/translate';
import { exportTranslator, type ExportTranslate } from '../../src/i18n/export-words';

const PLURAL = '{n, plural, one {# row} other {# rows}}';

describe('fillTemplate', () => {
  const cases: [string, Locale, Record<string, string | number>, string][] = [
    ['{a} and {b}', 'en', { a: 'x', b: 2 }, 'x and 2'],
    ['{a} and {b}', 'en', { a: 'x' }, 'x and {b}'],
    ['{n}', 'en', { n: 12345 }, '12345'],
    ['{n, number}', 'en', { n: 12345 }, '12,345'],
    ['{n, number}', 'zh-CN', { n: 12345 }, '12,345'],
    ['{n, number}', 'en', { n: 0.5 }, '0.5'],
    ['{n, number}', 'en', { n: 'already 1,000' }, 'already 1,000'],
    [PLURAL, 'en', { n: 0 }, '0 rows'],
    [PLURAL, 'en', { n: 1 }, '1 row'],
    [PLURAL, 'en', { n: 2 }, '2 rows'],
    [PLURAL, 'en', { n: 1.5 }, '1.5 rows'],
    [PLURAL, 'en', { n: 1000 }, '1,000 rows'],
    [PLURAL, 'zh-CN', { n: 1 }, '1 rows'], // Chinese has one form: Intl.PluralRules('zh-CN') is always 'other'
    [PLURAL, 'en', {}, PLURAL],
    ['{n, plural, one {Import {n} row} other {Import {n} rows}}', 'en', { n: 1234 }, 'Import 1234 rows'],
    ['{n, plural, =0 {none} one {one} other {#}}', 'en', { n: 0 }, 'none'],
    ['{n, plural, =0 {none} one {one} other {#}}', 'en', { n: 1 }, 'one'],
    ['{n, plural, =0 {none} one {one} other {#}}', 'en', { n: 7 }, '7'],
    [
      '{good, plural, one {# row is} other {# rows are}} fine, {bad, plural, one {# is} other {# are}} not',
      'en',
      { good: 1, bad: 3 },
      '1 row is fine, 3 are not',
    ],
    [
      '{file} ({n, plural, one {# row} other {# rows}}, {when})',
      'en',
      { file: 'a.csv', n: 1, when: 'today' },
      'a.csv (1 row, today)',
    ],
    ['{n, plural, other {# a #}} #', 'en', { n: 2 }, '2 a 2 #'],
    ['a { b } {not a name!} {x, date}', 'en', { x: 1 }, 'a { b } {not a name!} {x, date}'],
    ['{n, plural, one {unclosed}', 'en', { n: 1 }, '{n, plural, one {unclosed}'],
    ['{n, plural, one {no other}}', 'en', { n: 1 }, '{n, plural, one {no other}}'],
    ["the documents' figures {x}", 'en', { x: 1 }, "the documents' figures 1"],
    ['共 {n, number} 项指标', 'zh-CN', { n: 5000 }, '共 5,000 项指标'],
  ];
  it.each(cases)('%j in %s with %j → %j', (template, locale, vars, expected) => {
    expect(fillTemplate(template, locale, vars)).toBe(expected);
  });
});

describe('templateArguments', () => {
  it.each([
    ['no arguments', []],
    ['{a} {b, number} {a}', ['a', 'b']],
    ['{n, plural, one {# {x}} other {{y}}}', ['n', 'x', 'y']],
  ])('%j → %j', (template, names) => {
    expect(templateArguments(template)).toEqual(names);
  });
});

describe('the dictionaries’ counts', () => {
  const cases: [Locale, Parameters<ExportTranslate>[0], Record<string, number>, string][] = [
    ['en', 'header.total', { n: 1 }, '1 indicator'],
    ['en', 'header.total', { n: 5000 }, '5,000 indicators'],
    ['zh-CN', 'header.total', { n: 5000 }, '共 5,000 项指标'],
    ['en', 'toolbar.results', { shown: 1, total: 1 }, 'Showing 1 of 1 indicator'],
    ['en', 'toolbar.results', { shown: 0, total: 1200 }, 'Showing 0 of 1,200 indicators'],
    ['zh-CN', 'toolbar.results', { shown: 0, total: 1200 }, '显示 0 / 1,200 项指标'],
    ['en', 'filters.showAll', { n: 1200 }, 'Show all 1,200'],
    ['en', 'header.statusCount', { n: 12000 }, '12,000'],
    ['en', 'import.confirm', { n: 1 }, 'Import 1 row'],
    ['en', 'import.confirm', { n: 1234 }, 'Import 1234 rows'],
    ['zh-CN', 'import.confirm', { n: 1 }, '确认导入 1 行'],
    ['en', 'import.summary', { good: 1, bad: 0 }, '{file}: 1 row can be imported, 0 rows have problems.'],
    ['en', 'import.summary', { good: 2, bad: 1 }, '{file}: 2 rows can be imported, 1 row has problems.'],
    ['en', 'export.csvLabel', { n: 1 }, 'Export CSV table (1 indicator)'],
    ['en', 'export.pptxLabel', { n: 3 }, 'Export PPTX presentation (3 charts)'],
    [
      'en',
      'import.notice.dropped',
      { count: 1 },
      '1 stored import batch was invalid and was dropped (a backup copy was kept).',
    ],
    [
      'en',
      'import.notice.dropped',
      { count: 2 },
      '2 stored import batches were invalid and were dropped (a backup copy was kept).',
    ],
    ['zh-CN', 'import.notice.dropped', { count: 2 }, '2 批已保存的导入数据无效，已移除（已保留备份）。'],
    ['en', 'load.more', { n: 1 }, '… and 1 more problem'],
    ['en', 'load.more', { n: 51 }, '… and 51 more problems'],
  ];
  it.each(cases)('%s %s %j → %j', (locale, key, vars, expected) => {
    expect(exportTranslator(locale)(key, vars)).toBe(expected);
  });
});

describe('translator', () => {
  it('gives each locale its dictionary, the same function each time', () => {
    expect(translator('zh-CN')('app.title')).toBe('科技金融指标看板');
    expect(translator('en')('app.title')).toBe('Sci-tech Finance Indicators');
    expect(translator('en')).toBe(translator('en'));
  });
  it('returns a template untouched when given no values', () => {
    expect(translator('en')('filters.count')).toBe('{n}');
  });
});
