import { STATUSES } from '../../domain/progress-types';
import { useAppStore, useAppStoreShallow } from '../../store/store-context';
import { selectCounts } from '../../store/selectors';
import { useT } from '../common/use-t';
import { StatusIcon } from '../common/StatusIcon';
import { useOpenLegend } from '../common/legend-context';
import { DraftCount } from './DraftCount';

/**
 * Indicators by status; each count is a toggle that filters by that status; then the 待核 count when there
 * are drafts (a toggle too), then the status legend. While only the first part of a dataset in parts is
 * there, how far it has loaded (or why the rest failed) instead: never a part's counts as the whole's.
 */
export function StatusCounts() {
  const t = useT();
  // The counts as numbers in STATUSES order: re-rendered only when one of them changes.
  const counts = useAppStoreShallow((s, d) => {
    const byStatus = selectCounts(s, d).status;
    return STATUSES.map((status) => byStatus.get(status) ?? 0);
  });
  const selected = useAppStore((s) => s.filters.status);
  const toggle = useAppStore((s) => s.toggleFilter);
  const openLegend = useOpenLegend();
  const pending = useAppStore((s) => s.pending);
  const n = (v: number) => t('header.statusCount', { n: v });
  return (
    <div
      className="status-counts"
      role={pending ? undefined : 'group'}
      aria-label={pending ? undefined : t('header.statusCounts')}
    >
      {pending ? (
        <p className="parts-status" role={pending.error ? 'alert' : 'status'}>
          {pending.error
            ? t('load.network', pending.error)
            : `${t('load.loading')} ${n(pending.shown)} / ${n(pending.total)}`}
        </p>
      ) : (
        STATUSES.map((status, i) => (
          <button
            key={status}
            type="button"
            // A phone hides the counts of 0 that are not pressed (layout.css): they would filter to nothing.
            className={`status-count status-${status}${counts[i] || selected.includes(status) ? '' : ' status-count-zero'}`}
            aria-pressed={selected.includes(status)}
            onClick={() => toggle('status', status)}
          >
            <StatusIcon status={status} />
            <span className="status-count-label">{t(`status.${status}`)}</span>
            <span className="status-count-n">{t('header.statusCount', { n: counts[i] ?? 0 })}</span>
          </button>
        ))
      )}
      {!pending && <DraftCount />}
      {/* After the counts it explains: on a phone it fits their last row, so the panels do not move down. */}
      <button
        type="button"
        className="button-link legend-button"
        aria-haspopup="dialog"
        onClick={(e) => openLegend(e.currentTarget)}
      >
        {t('legend.open')}
      </button>
    </div>
  );
}
