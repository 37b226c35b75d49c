import type { Indicator } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';
import { growthRows } from '../../i18n/panel-facts';

/** The rows of growthRows; compact panels keep the first two. */
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
  const rows = growthRows(progress, indicator, t, locale);
  const shown = compact ? rows.slice(0, 2) : rows;
  if (shown.length === 0) return null;
  return (
    <dl className={`panel-growth${compact ? ' panel-growth-compact' : ''}`}>
      {shown.map((r) => (
        <div key={r.key} className={r.projection ? 'growth-projection' : undefined}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
