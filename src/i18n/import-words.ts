// The import panel's further words, both languages: what each column of the template takes, the warnings
// before a duplicate import and before removing everything. Loaded with the import panel (a click), so they
// stay off the first screen's critical path; filled in with fillTemplate like the main dictionaries.
import { fillTemplate, type Locale, type Vars } from './translate';

const ZH = {
  columnsTitle: '各列说明',
  'col.indicator': '指标 id 或唯一的中文名称。',
  'col.name': 'name、region、unit、latest_period：仅供对照，不导入。',
  'col.role': 'actual（实际）或 target（目标）。',
  'col.period': 'YYYY、YYYY-MM 或 YYYY-MM-DD。',
  'col.value': '小数，单位同 unit 列，如 1234.5。',
  'col.qualifier': '空即 =；或 >=（以上）、>（超过）、<=、<、~（约）。',
  'col.basis': '空即 level；或 cagr、yoy、growth。',
  'col.source_note': '必填：数字的出处，至多 500 字。',
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
    'col.indicator': 'The indicator id, or its Chinese name where unique.',
    'col.name': 'name, region, unit, latest_period: for reference, not imported.',
    'col.role': 'actual or target.',
    'col.period': 'YYYY, YYYY-MM or YYYY-MM-DD.',
    'col.value': 'A decimal in the unit column’s unit, e.g. 1234.5.',
    'col.qualifier': 'Blank for =; or >= (at least), > (more than), <=, <, ~ (about).',
    'col.basis': 'Blank for level; or cagr, yoy, growth.',
    'col.source_note': 'Required: where the number comes from, up to 500 characters.',
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
