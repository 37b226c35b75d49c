// Number, period and qualifier formatting for the UI.
// TEMPORARY: a local stand-in until src/domain/format.ts lands; then this file re-exports it.
import type { Qualifier } from '../domain/types';
import type { Locale } from './translate';

const UNIT_EN: Record<string, string> = {
  亿元: '100m yuan',
  家: 'firms',
  个: '',
  项: 'items',
  款: 'products',
  场: 'events',
  笔: 'deals',
  条: '',
  件: '',
  人: 'people',
  次: 'times',
  只: '',
  户: 'accounts',
  支: 'funds',
  年: 'years',
  倍: '×',
};

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatValue(value: number, unit: string, locale: Locale): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 4;
  const n = nf(locale, digits).format(value);
  if (unit === '%') return `${n}%`;
  if (locale === 'zh-CN') return `${n}${unit}`;
  const u = UNIT_EN[unit] ?? unit;
  return u ? `${n} ${u}` : n;
}

export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

export function formatPeriod(period: string, locale: Locale): string {
  const [y, m, d] = period.split('-');
  if (locale === 'zh-CN') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  return period;
}

const QUALIFIER_TEXT: Record<Qualifier, [string, string]> = {
  '=': ['', ''],
  '>=': ['≥', '≥'],
  '>': ['>', '>'],
  '<=': ['≤', '≤'],
  '<': ['<', '<'],
  '~': ['约', '~'],
};

export function formatQualifier(q: Qualifier, locale: Locale): string {
  return QUALIFIER_TEXT[q][locale === 'zh-CN' ? 0 : 1];
}
