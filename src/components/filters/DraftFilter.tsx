import { selectDraftCount } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

/** The 待核 filter: only the indicators that are drafts or have a draft figure. Not drawn when none is. */
export function DraftFilter() {
  const t = useT();
  const n = useAppStore(selectDraftCount);
  const on = useAppStore((s) => s.filters.draft === true);
  const toggle = useAppStore((s) => s.toggleDraftFilter);
  if (n === 0 && !on) return null;
  return (
    <fieldset className="filter-group">
      <legend>{t('panel.draft')}</legend>
      <label className="option">
        <input type="checkbox" checked={on} onChange={toggle} />
        <span className="option-label">{t('filters.draftOnly')}</span>
        <span className="option-count">{n}</span>
      </label>
    </fieldset>
  );
}
