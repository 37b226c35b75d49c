import { selectDraftCount } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

/**
 * How many indicators are drafts or have a draft figure (待核, not yet reviewed): a toggle for the 待核
 * filter. Not drawn when nothing is a draft (the shipped dataset), unless the filter is on (a link with
 * `draft=1`), so it can be turned off where it was turned on.
 */
export function DraftCount() {
  const t = useT();
  const n = useAppStore(selectDraftCount);
  const on = useAppStore((s) => s.filters.draft === true);
  const toggle = useAppStore((s) => s.toggleDraftFilter);
  if (n === 0 && !on) return null;
  return (
    <button type="button" className="status-count draft-count" aria-pressed={on} onClick={toggle}>
      {t('header.drafts', { n })}
    </button>
  );
}
