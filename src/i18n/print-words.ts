// The print layout's further words, both languages. Loaded with the print code (the PrintSheet chunk), so they
// stay off the first screen's critical path; filled in with fillTemplate like the main dictionaries.
import { fillTemplate, type Locale, type Vars } from './translate';

const ZH = {
  limited: '仅打印前 {shown} 项（本视图共 {total} 项）：缩小筛选范围后可打印其余指标。',
};

export type PrintWord = keyof typeof ZH;

const WORDS: Record<Locale, Record<PrintWord, string>> = {
  'zh-CN': ZH,
  en: {
    limited:
      'Only the first {shown} of the {total} indicators in view are printed: narrow the filter to print the rest.',
  },
};

export function printWord(locale: Locale, key: PrintWord, vars?: Vars): string {
  const template = WORDS[locale][key];
  return vars ? fillTemplate(template, locale, vars) : template;
}
