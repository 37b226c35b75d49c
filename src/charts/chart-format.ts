// The charts' own formatting, beside the domain's (src/domain/format.ts): axis tick numbers that agree
// with it (in English 亿元 values are shown in bn yuan, so ticks are divided by 10 too), and axis names.
import type { Unit } from '../domain/types';
import { translator } from '../i18n/translate';
import type { ChartLocale } from './chart-input';

/** A tick-label formatter for a value axis in `unit`: the number alone, the unit goes in the axis name. */
export function axisTickFormatter(unit: Unit, locale: ChartLocale): (value: number) => string {
  const nf = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });
  const scale = locale === 'en' && unit === '亿元' ? 0.1 : 1;
  return (value: number) => nf.format(value * scale);
}

/** The axis name for `unit`: '亿元', '%', '家' (zh); 'bn yuan', '%', none for a count … (en). */
export function axisUnitName(unit: Unit, locale: ChartLocale): string {
  return translator(locale)(`chart.axisUnit.${unit}`);
}
