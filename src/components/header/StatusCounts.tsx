import { STATUSES } from '../../domain/progress-types';
import { useAppStore } from '../../store/store-context';
import { selectCounts } from '../../store/selectors';
import { useT } from '../common/use-t';
import { formatCount } from '../../i18n/format';
import { StatusIcon } from '../common/StatusIcon';

/** Indicators by status; each count is a toggle that filters by that status. */
export function StatusCounts() {
  const t = useT();
  const counts = useAppStore(selectCounts).status;
  const locale = useAppStore((s) => s.locale);
  const selected = useAppStore((s) => s.filters.status);
  const toggle = useAppStore((s) => s.toggleFilter);
  return (
    <div className="status-counts" role="group" aria-label={t('header.statusCounts')}>
      {STATUSES.map((status) => {
        const n = counts.get(status) ?? 0;
        return (
          <button
            key={status}
            type="button"
            className={`status-count status-${status}`}
            aria-pressed={selected.includes(status)}
            onClick={() => toggle('status', status)}
          >
            <StatusIcon status={status} />
            <span className="status-count-label">{t(`status.${status}`)}</span>
            <span className="status-count-n">{formatCount(n, locale)}</span>
          </button>
        );
      })}
    </div>
  );
}
