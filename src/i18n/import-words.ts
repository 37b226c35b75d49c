// The import panel's further words, both languages: what each column of the template takes, the warnings
// before a duplicate import and before removing everything. Loaded with the import panel (a click), so they
// stay off the first screen's critical path; filled in with fillTemplate like the main dictionaries.
import { fillTemplate, type Locale, type Vars } from './translate';

const ZH = {
  columnsTitle: '各列说明',
  'col.indicator': '指标 id，或唯一的指标中文名称（模板已填好）。',
  'col.name': '指标名称、地区、单位、最新期间：仅供对照，导入时不读取。',
  'col.role': 'actual（实际值）或 target（目标值）。',
  'col.period': 'YYYY、YYYY-MM 或 YYYY-MM-DD，如 2025 或 2025-06。',
  'col.value': '普通小数，单位同“单位”列（金额为亿元），如 1234.5；不含千分位和单位。',
  'col.qualifier': '留空即 =；或 >=（以上）、>（超过、余）、<=、<、~（约）。',
  'col.basis': '留空即 level（水平值）；或 cagr、yoy、growth。',
  'col.source_note': '必填，数字的出处，如“2025年统计公报”，最多 500 字。',
  unfilled: '{n} 行未填写，已跳过。',
  ambiguous: '名称 {value} 对应多个指标（{ids}），请填写指标 id',
  duplicates:
    '{n} 行与已保存的导入数据重复（同一指标、类型、期间和口径）：第 {lines} 行。确认导入将同时保存两者。',
  removeAllAsk: '删除全部 {n} 行已导入数据？此操作不能撤销。',
  removeAllYes: '确认全部删除',
  cancel: '取消',
};

export type ImportWord = keyof typeof ZH;

const WORDS: Record<Locale, Record<ImportWord, string>> = {
  'zh-CN': ZH,
  en: {
    columnsTitle: 'What each column takes',
    'col.indicator': 'The indicator id, or its Chinese name where unique (the template fills it in).',
    'col.name': 'name, region, unit, latest_period: for reference only, not read on import.',
    'col.role': 'actual or target.',
    'col.period': 'YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025 or 2025-06.',
    'col.value':
      'A plain decimal in the unit column’s unit (money in 亿元, 100 m yuan), e.g. 1234.5; no separators or units.',
    'col.qualifier': 'Blank for =; or >= (at least), > (more than), <=, <, ~ (about).',
    'col.basis': 'Blank for level; or cagr, yoy, growth.',
    'col.source_note':
      'Required: where the number comes from, e.g. “2025 statistical bulletin”; up to 500 characters.',
    unfilled: '{n, plural, one {# row} other {# rows}} left blank, skipped.',
    ambiguous: 'The name {value} matches several indicators ({ids}): give the indicator id',
    duplicates:
      '{n, plural, one {# row repeats} other {# rows repeat}} figures already imported (same indicator, role, period and basis): line {lines}. Importing keeps both.',
    removeAllAsk: 'Remove all {n} imported figures? This cannot be undone.',
    removeAllYes: 'Remove all',
    cancel: 'Cancel',
  },
};

/** An import word of `locale`, filled in with `vars`. */
export function importWord(locale: Locale, key: ImportWord, vars?: Vars): string {
  const template = WORDS[locale][key];
  return vars ? fillTemplate(template, locale, vars) : template;
}
