import type { Localized } from '../../domain/dataset-schema';
import type { Locale } from '../../i18n/translate';

export const localName = (name: Localized, locale: Locale): string =>
  locale === 'zh-CN' ? name.zh : name.en;
