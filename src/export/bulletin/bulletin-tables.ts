// The bulletin's two tables: 指标进展表 (one row per target, qualifiers kept) and the latest figures of the
// indicators without a target. Pure.
import { formatPercent, formatPeriod, MISSING, sharedMoneyUnit } from '../../domain/format';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { observationPeriodText, pointText, statusName } from '../../i18n/progress-words';
import { exportTranslator } from '../../i18n/export-words';
import type { PointRef } from '../../domain/progress-types';
import type { Locale } from '../../i18n/translate';
import { reasonText } from '../source-line';
import { deadlineOf, targetText } from './bulletin-sentences';
import type { BulletinItem as Item } from './bulletin-types';

/** Column widths, as shares of the text's width. */
export const PROGRESS_WIDTHS = [0.22, 0.08, 0.14, 0.16, 0.16, 0.1, 0.14];
export const NO_TARGET_WIDTHS = [0.3, 0.1, 0.2, 0.4];

/** A figure and its period; an actual's period marked where the document gives no date (（推定）). */
function withPeriod(figure: string, when: string | PointRef, locale: Locale): string {
  const period =
    typeof when === 'string'
      ? formatPeriod(when, locale)
      : observationPeriodText({ period: when.period, dated: when.observation.dated }, locale);
  return fillWords(BULLETIN_WORDS[locale].figureWithPeriod, { figure, period });
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
    ? withPeriod(pointText(p.baseline, indicator.unit, locale), p.baseline, locale)
    : MISSING;
  let latest = MISSING;
  if (p.latest) {
    const figure = pointText(p.latest, indicator.unit, locale);
    const shown = p.flow
      ? fillWords(w.flowWindow, { figure, from: formatPeriod(p.flow.windowStart, locale) })
      : figure;
    latest = withPeriod(shown, p.latest, locale);
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
  // The unit its figure is shown in: 200 万元 is not under 亿元.
  const money = indicator.unit === '亿元' && p.latest ? sharedMoneyUnit([p.latest.value], locale) : null;
  return [
    item.name,
    money ?? t(`export.unit.${indicator.unit}`),
    p.latest ? withPeriod(pointText(p.latest, indicator.unit, locale), p.latest, locale) : MISSING,
    reasonText(p, indicator.unit, locale),
  ];
}
