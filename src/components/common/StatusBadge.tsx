import type { Status } from '../../domain/progress-types';
import { useT } from './use-t';
import { StatusIcon } from './StatusIcon';
import { useOpenLegend } from './legend-context';

/**
 * The status in words, with its shape and colour: a button that opens the status legend at this status.
 * Its accessible name carries the reason too, so a screen reader hears why, not only what.
 */
export function StatusBadge({ status, reason }: { status: Status; reason: string }) {
  const t = useT();
  const openLegend = useOpenLegend();
  const name = t(`status.${status}`);
  return (
    <button
      type="button"
      className={`status-badge status-${status}`}
      aria-label={t('status.badge', { status: name, reason })}
      aria-haspopup="dialog"
      title={t('legend.open')}
      onClick={(e) => openLegend(e.currentTarget, status)}
    >
      <StatusIcon status={status} />
      <span>{name}</span>
    </button>
  );
}
