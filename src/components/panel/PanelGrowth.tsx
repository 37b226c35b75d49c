import type { Indicator } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import { formatPercent, formatValue } from '../../domain/format';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

/** Gap left, and the growth still needed per year against the growth observed. */
export function PanelGrowth({
  indicator,
  progress,
  compact,
}: {
  indicator: Indicator;
  progress: Progress;
  compact: boolean;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const none = t('panel.none');
  const pct = (x: number | null) => (x === null ? none : formatPercent(x, locale));
  const perUnit = (x: number | null | undefined) =>
    x === null || x === undefined ? none : formatValue(x, indicator.unit, locale);
  const gap = progress.gap
    ? t('panel.gapValue', {
        abs: formatValue(progress.gap.absolute, indicator.unit, locale),
        pct: formatPercent(progress.gap.relative, locale),
      })
    : none;
  // Flows and shares have no CAGR: their change per year is in the indicator's own unit.
  const perYear = progress.perYear;
  const rows: [string, string][] = [[t('panel.gap'), gap]];
  if (perYear) {
    rows.push([t('panel.perYearNeeded'), perUnit(perYear.required)]);
    rows.push([t('panel.perYearObserved'), perUnit(perYear.observed)]);
  } else {
    rows.push([t('panel.growthNeeded'), pct(progress.cagrRequired)]);
    rows.push([t('panel.growthObserved'), pct(progress.cagrObserved)]);
  }
  // Compact panels keep the gap and the growth still needed; detailed panels add the growth observed.
  const shown = compact ? rows.slice(0, 2) : rows;
  return (
    <dl className={`panel-growth${compact ? ' panel-growth-compact' : ''}`}>
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
