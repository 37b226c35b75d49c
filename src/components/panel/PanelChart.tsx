// The chart slot of a panel.
// TEMPORARY: a text-only stand-in until src/components/chart/LazyChart.tsx lands; then this renders LazyChart.
import type { Indicator } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import type { Locale } from '../../i18n/translate';

export interface PanelChartProps {
  indicator: Indicator;
  progress: Progress;
  locale: Locale;
  asOf: Date;
  kind: 'progress' | 'series';
  height: number;
  label: string;
}

export function PanelChart({ kind, height, label, progress }: PanelChartProps) {
  const covered = progress.distanceCovered;
  return (
    <div className={`chart-slot chart-${kind}`} style={{ height }} role="img" aria-label={label}>
      {kind === 'progress' && covered !== null && (
        <div className="bullet">
          <div className="bullet-fill" style={{ width: `${Math.max(0, Math.min(1, covered)) * 100}%` }} />
          {progress.timeElapsed !== null && (
            <div className="bullet-expected" style={{ left: `${progress.timeElapsed * 100}%` }} />
          )}
        </div>
      )}
    </div>
  );
}
