// The bulletin's two tables: 指标进展表 (one row per target, qualifiers kept) and the latest figures of the
// indicators without a target. Pure.
import { formatPercent, formatPeriod, MISSING, sharedMoneyUnit } from '../../domain/format';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { pointText, statusName } from '../../i18n/progress-words';
import { exportTranslator } from '../../i18n/export-words';
import type { Locale } from '../../i18n/translate';
import { reasonText } from '../source-line';
import { deadlineOf, targetText } from './bulletin-sentences';
import type { BulletinItem as Item } from './bulletin-types';

/** Column widths, as shares of the text's width. */
export const PROGRESS_WIDTHS = [0.22, 0.08, 0.14, 0.16, 0.16, 0.1, 0.14];
export const NO_TARGET_WIDTHS = [0.3, 0.1, 0.2, 0.4];

function withPeriod(figure: string, period: string, locale: Locale): string {
  return fillWords(BULLETIN_WORDS[locale].figureWithPeriod, { figure, period: formatPeriod(period, locale) });
}

/** One row of the progress table: 指标 · 单位 · 基线（时间） · 最新（时间） · 目标（期限） · 完成进度 · 状态. */
export function progressRow(item: Item, locale: Locale): string[] {
  const { indicator, progress: p } = item;
  const t = exportTranslator(locale);
  const w = BULLETIN_WORDS[locale];
  // Money is shown in 亿元 or 万元 (bn or m yuan) by its size: the column names the one its figures use.
  const shown = [p.baseline?.value, p.latest?.value, p.target?.value].filter((v) => v !== undefined);
  const money = indicator.unit === '亿元' ? sharedMoneyUnit(shown, locale) : null;
  const unit = money ?? t(`export.unit.${indicator.unit}`);
  const baseline = p.baseline
    ? withPeriod(pointText(p.baseline, indicator.unit, locale), p.baseline.period, locale)
    : MISSING;
  let latest = MISSING;
  if (p.latest) {
    const figure = pointText(p.latest, indicator.unit, locale);
    const shown = p.flow
      ? fillWords(w.flowWindow, { figure, from: formatPeriod(p.flow.windowStart, locale) })
      : figure;
    latest = withPeriod(shown, p.latest.period, locale);
  }
  const target = targetText(indicator, p, locale);
  const deadline = deadlineOf(p);
  return [
    item.name,
    unit,
    baseline,
    latest,
    target && deadline ? withPeriod(target, deadline, locale) : MISSING,
    formatPercent(p.distanceCovered, locale),
    statusName(p.status, locale),
  ];
}

export function noTargetRow(item: Item, locale: Locale): string[] {
  const { indicator, progress: p } = item;
  const t = exportTranslator(locale);
  return [
    item.name,
    t(`export.unit.${indicator.unit}`),
    p.latest ? withPeriod(pointText(p.latest, indicator.unit, locale), p.latest.period, locale) : MISSING,
    reasonText(p, indicator.unit, locale),
  ];
}
