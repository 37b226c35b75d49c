// Number, period and qualifier formatting: the shared Intl formatting of src/domain (also used by exports).
export { formatPercent, formatPeriod, formatQualifier, formatValue } from '../domain/format';

const counts = new Map<string, Intl.NumberFormat>();
/** A count of indicators or figures: '5,000'. */
export function formatCount(n: number, locale: 'zh-CN' | 'en'): string {
  let f = counts.get(locale);
  if (!f) counts.set(locale, (f = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN')));
  return f.format(n);
}
