// Number, qualifier and period formatting for the panels and the exports (Intl; zh-CN by default).
import { parsePeriod } from './period';
import type { Qualifier, Unit } from './types';

export type Locale = 'zh-CN' | 'en';

/** What a panel shows for a number that does not exist (never 'NaN'). */
export const MISSING = '—';

// One formatter per (locale, digits), shared by every store: a formatter is a pure function of its key.
const formatters = new Map<string, Intl.NumberFormat>();
function number(value: number, locale: Locale, min: number, max: number): string {
  const key = `${locale}|${min}|${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** English words for the count units; in English a count shows the number alone ('13,000'). */
const EN_SUFFIX: Partial<Record<Unit, (n: string) => string>> = {
  '%': (n) => `${n}%`,
  年: (n) => `${n} yr`,
  倍: (n) => `${n}×`,
};

/**
 * A value in its indicator's unit. zh: '6,950 亿元' (below 1 亿元 in 万元: 0.2781 → '2,781 万元'), '42.4%',
 * '13,000 家'. en: 1 亿元 = 100 million yuan = 0.1 bn yuan → '695.0 bn yuan' (below 1 bn: '27.81 m yuan'),
 * '42.4%', '13,000'.
 */
export function formatValue(value: number | null | undefined, unit: Unit, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (unit === '亿元') {
    if (locale === 'en') {
      const bn = value / 10;
      return Math.abs(bn) >= 1 || bn === 0
        ? `${number(bn, locale, 1, 2)} bn yuan`
        : `${number(value * 100, locale, 1, 2)} m yuan`;
    }
    return Math.abs(value) >= 1 || value === 0
      ? `${number(value, locale, 0, 2)} 亿元`
      : `${number(value * 10000, locale, 0, 2)} 万元`;
  }
  const n = number(value, locale, 0, 2);
  if (locale === 'en') return (EN_SUFFIX[unit] ?? ((x: string) => x))(n);
  if (unit === '%') return `${n}%`;
  if (unit === '倍') return `${n}倍`;
  return `${n} ${unit}`;
}

/** A rate given as a fraction: 0.0823 → '8.2%'. */
export function formatPercent(fraction: number | null | undefined, locale: Locale): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return MISSING;
  return `${number(fraction * 100, locale, 1, 1)}%`;
}

const QUALIFIER_TEXT: Record<Locale, Record<Qualifier, string>> = {
  'zh-CN': { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '约' },
  en: { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' },
};

/** The sign shown before a target value: '>=' → '≥', '~' → '约' (zh) / '≈' (en), '=' → ''. */
export function formatQualifier(q: Qualifier, locale: Locale): string {
  return QUALIFIER_TEXT[locale][q];
}

const EN_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric' });
const EN_DAY = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric' });

/** zh: '2025年', '2024年6月', '2024年6月30日'; en: '2025', 'Jun 2024', 'Jun 30, 2024'. Not a period → as given. */
export function formatPeriod(period: string, locale: Locale): string {
  const r = parsePeriod(period);
  if (!r.ok) return period;
  const { granularity, start, year } = r.value;
  if (granularity === 'year') return locale === 'en' ? String(year) : `${year}年`;
  if (locale === 'en') return (granularity === 'month' ? EN_MONTH : EN_DAY).format(start);
  const month = `${year}年${start.getMonth() + 1}月`;
  return granularity === 'month' ? month : `${month}${start.getDate()}日`;
}
