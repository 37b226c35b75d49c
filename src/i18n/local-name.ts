// The dataset's own words come in both languages (names of indicators, regions and topics); a locale reads
// its field of them.
import type { Localized } from '../domain/dataset-schema';
import type { Locale } from './translate';

const FIELD: Record<Locale, keyof Localized> = { 'zh-CN': 'zh', en: 'en' };

export function localName(name: Localized, locale: Locale): string {
  return name[FIELD[locale]];
}
