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

/** A value's number and unit apart, as formatValue joins them (unit '' when the number carries it). */
function valueParts(value: number, unit: Unit, locale: Locale): { n: string; unit: string } {
  if (unit === '亿元') {
    if (locale === 'en') {
      const bn = value / 10;
      return Math.abs(bn) >= 1 || bn === 0
        ? { n: number(bn, locale, 0, 2), unit: 'bn yuan' }
        : { n: number(value * 100, locale, 0, 2), unit: 'm yuan' };
    }
    return Math.abs(value) >= 1 || value === 0
      ? { n: number(value, locale, 0, 2), unit: '亿元' }
      : { n: number(value * 10000, locale, 0, 2), unit: '万元' };
  }
  return { n: number(value, locale, 0, 2), unit };
}

/**
 * A value in its indicator's unit. zh: '6,950 亿元' (below 1 亿元 in 万元: 0.2781 → '2,781 万元'), '42.4%',
 * '13,000 家'. en: 1 亿元 = 100 million yuan = 0.1 bn yuan → '695 bn yuan' (below 1 bn: '27.81 m yuan'),
 * '42.4%', '13,000'.
 */
export function formatValue(value: number | null | undefined, unit: Unit, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const parts = valueParts(value, unit, locale);
  if (unit === '亿元') return `${parts.n} ${parts.unit}`;
  const n = parts.n;
  if (locale === 'en') return (EN_SUFFIX[unit] ?? ((x: string) => x))(n);
  if (unit === '%') return `${n}%`;
  if (unit === '倍') return `${n}倍`;
  return `${n} ${unit}`;
}

/**
 * The one unit that all these money values (亿元) are shown in by formatValue — '亿元' or '万元', 'bn yuan' or
 * 'm yuan' — or null where they are shown in different ones (a panel header then names no unit: each value
 * carries its own). No values: the unit of 1 亿元 and more.
 */
export function sharedMoneyUnit(values: readonly number[], locale: Locale): string | null {
  const units = new Set(values.filter(Number.isFinite).map((v) => valueParts(v, '亿元', locale).unit));
  if (units.size === 0) return valueParts(1000, '亿元', locale).unit;
  return units.size === 1 ? [...units][0]! : null;
}

/** A plain number in the locale's digits, up to two decimals: 0.5 → '0.5', 1700 → '1,700'. */
export function formatNumber(value: number, locale: Locale): string {
  return Number.isFinite(value) ? number(value, locale, 0, 2) : MISSING;
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

/**
 * The word a '>' figure was written with: 余 and 多 sit between the number and its unit (2000余家, 300多亿元);
 * anything else (超过, 突破, 逾) reads 超过 before the number.
 */
export function moreWord(quote: string | undefined): '余' | '多' | '超过' {
  const m = quote ? /[\d.]+\s*[万亿]?\s*(余|多)/.exec(quote) : null;
  return (m?.[1] as '余' | '多' | undefined) ?? '超过';
}

const EN_QUALIFIER: Record<Exclude<Qualifier, '='>, string> = {
  '>=': 'at least',
  '>': 'more than',
  '~': 'about',
  '<=': 'at most',
  '<': 'less than',
};

const ZH_QUALIFIER: Record<Exclude<Qualifier, '=' | '>'>, string> = {
  '>=': '以上',
  '~': '约',
  '<=': '不超过',
  '<': '低于',
};

/**
 * A qualifier on its own, in words ('' for an exact figure), for a table's qualifier column: zh '以上', '余',
 * '超过', '约', '不超过', '低于' (a '>' figure in the word its quote used); en 'at least', 'more than', ….
 * None starts with a character a spreadsheet reads as a formula.
 */
export function qualifierWord(qualifier: Qualifier, locale: Locale, quote?: string): string {
  if (qualifier === '=') return '';
  if (locale === 'en') return EN_QUALIFIER[qualifier];
  return qualifier === '>' ? moreWord(quote) : ZH_QUALIFIER[qualifier];
}

/**
 * A figure with its qualifier in words, as the documents write them: zh '50 家以上', '2,000余家', '300多亿元',
 * '超过18 亿元', '约18 亿元', '不超过3%', '低于3%'; en 'at least 50', 'more than 2,000', 'about 1.8 bn yuan'.
 * `quote`: the sentence the figure came from, for the word of a '>' figure (余, 多 or 超过).
 */
export function formatFigure(
  value: number | null | undefined,
  unit: Unit,
  qualifier: Qualifier,
  locale: Locale,
  quote?: string,
): string {
  const plain = formatValue(value, unit, locale);
  if (plain === MISSING || qualifier === '=') return plain;
  if (locale === 'en') return `${EN_QUALIFIER[qualifier]} ${plain}`;
  switch (qualifier) {
    case '>=':
      return `${plain}以上`;
    case '~':
      return `约${plain}`;
    case '<=':
      return `不超过${plain}`;
    case '<':
      return `低于${plain}`;
    case '>': {
      const word = moreWord(quote);
      if (word === '超过') return `超过${plain}`;
      const parts = valueParts(value!, unit, locale);
      return `${parts.n}${word}${parts.unit}`;
    }
  }
}

/** A length of time under a year: zh '1个月', '20天'; en '1 month', '3 months', '20 days'. */
export function formatSpan(span: { months: number; days: number }, locale: Locale): string {
  const parts: string[] = [];
  if (locale === 'en') {
    if (span.months) parts.push(`${span.months} ${span.months === 1 ? 'month' : 'months'}`);
    if (span.days || !span.months) parts.push(`${span.days} ${span.days === 1 ? 'day' : 'days'}`);
    return parts.join(' ');
  }
  if (span.months) parts.push(`${span.months}个月`);
  if (span.days || !span.months) parts.push(`${span.days}天`);
  return parts.join('零');
}

/**
 * How old a figure is, to the month: '1年11个月' / '1 yr 11 mo'; under a month, in days. Years are counted
 * out of the months so that '23个月' reads at a glance.
 */
export function formatAge(span: { months: number; days: number }, locale: Locale): string {
  const years = Math.floor(span.months / 12);
  const months = span.months % 12;
  if (span.months === 0) return formatSpan(span, locale);
  if (locale === 'en')
    return [years ? `${years} yr` : '', months ? `${months} mo` : ''].filter(Boolean).join(' ');
  return `${years ? `${years}年` : ''}${months ? `${months}个月` : ''}`;
}

/** A change with its sign: '+1,700', '−12.5 亿元' (a true minus sign). */
export function formatChange(delta: number, unit: Unit, locale: Locale): string {
  const v = formatValue(Math.abs(delta), unit, locale);
  if (v === MISSING) return v;
  return `${delta < 0 ? '−' : '+'}${v}`;
}
