// Formatting used by the charts. Interim local implementation with the same signatures as
// src/domain/format.ts; replaced by re-exports once that module lands.
import type { Qualifier, Unit } from '../domain/types';
import type { ChartLocale } from './chart-input';

const UNIT_EN: Partial<Record<Unit, string>> = {
  亿元: '100m yuan',
  家: 'firms',
  个: '',
  项: 'items',
  人: 'people',
  年: 'years',
  倍: '×',
};

function number(value: number, locale: ChartLocale): string {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatValue(value: number, unit: Unit, locale: ChartLocale): string {
  const n = number(value, locale);
  if (unit === '%') return `${n}%`;
  const u = locale === 'en' ? (UNIT_EN[unit] ?? unit) : unit;
  return u ? `${n} ${u}` : n;
}

export function formatPercent(fraction: number, locale: ChartLocale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatPeriod(period: string, locale: ChartLocale): string {
  const [y, m, d] = period.split('-');
  if (locale === 'en') {
    const month = m ? MONTHS_EN[Number(m) - 1] : undefined;
    return [d ? String(Number(d)) : '', month ?? '', y].filter(Boolean).join(' ');
  }
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}

const QUALIFIER_SIGN: Record<Qualifier, string> = {
  '=': '',
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '~',
};

/** A prefix for the value: '≥', '>', '~' … ('' for '='). */
export function formatQualifier(q: Qualifier, _locale: ChartLocale): string {
  return QUALIFIER_SIGN[q];
}
