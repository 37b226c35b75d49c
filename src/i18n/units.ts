import type { Unit } from '../domain/types';
import type { Locale } from './translate';

// The unit a panel states, as the numbers are shown (English shows 亿元 amounts in bn yuan).
const EN: Record<Unit, string> = {
  亿元: 'bn yuan',
  '%': '%',
  家: 'entities',
  个: 'units',
  项: 'items',
  款: 'products',
  场: 'events',
  笔: 'transactions',
  条: 'items',
  件: 'items',
  人: 'people',
  次: 'times',
  只: 'funds',
  户: 'accounts',
  支: 'funds',
  年: 'years',
  倍: 'times',
};

export function unitName(unit: Unit, locale: Locale): string {
  return locale === 'zh-CN' ? unit : EN[unit];
}
