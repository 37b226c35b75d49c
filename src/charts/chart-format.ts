// The charts' own formatting, beside the domain's (src/domain/format.ts): value axes whose tick numbers
// agree with the figures around them, and axis names.
import { sharedMoneyUnit } from '../domain/format';
import type { Unit } from '../domain/types';
import { translator } from '../i18n/translate';
import type { ChartLocale } from './chart-input';

/** The axis name for `unit`: '亿元', '%', '家' (zh); 'bn yuan', '%', none for a count … (en). */
export function axisUnitName(unit: Unit, locale: ChartLocale): string {
  return translator(locale)(`chart.axisUnit.${unit}`);
}

/** What one 亿元 is in each unit formatValue shows money in. */
const MONEY_FACTOR: Record<string, number> = { 亿元: 1, 万元: 10_000, 'bn yuan': 0.1, 'm yuan': 100 };

export interface ValueAxis {
  /** The unit the ticks are in ('' for a count in English). */
  name: string;
  /** A tick's number alone, in `name`. */
  tick: (value: number) => string;
  /**
   * False where the figures beside the axis are shown in different money units (0.5 亿元 reads 5,000 万元,
   * 3 亿元 reads 3 亿元: the panel header names none); the ticks are then in the larger one.
   */
  shared: boolean;
}

/**
 * A value axis in `unit` for figures `shown` (in the indicator's unit). Money is drawn in the unit its
 * figures are shown in, as the panel header names it (sharedMoneyUnit): an indicator whose figures are all
 * under 1 亿元 reads 2,781 万元, so its ticks are in 万元 too, not 0.1 … 0.3 under a header saying 万元.
 */
export function valueAxis(unit: Unit, locale: ChartLocale, shown: readonly number[]): ValueAxis {
  const nf = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });
  if (unit !== '亿元') {
    return { name: axisUnitName(unit, locale), tick: (v) => nf.format(v), shared: true };
  }
  const common = sharedMoneyUnit(shown, locale);
  const name = common ?? sharedMoneyUnit([], locale)!;
  const factor = MONEY_FACTOR[name] ?? 1;
  return { name, tick: (v) => nf.format(v * factor), shared: common !== null };
}
