import { useId } from 'react';
import { useAppStore } from '../../store/store-context';
import { isAsOfDate } from '../../store/as-of';
import { useIsPending } from '../common/snapshot-context';
import { useT } from '../common/use-t';

/**
 * The as-of date; changing it recomputes every status. The build-time snapshot shows the date in a plain
 * read-only text box of the same size: creating a native date field (its locale's date format and editable
 * parts) took about a quarter of the snapshot's main-thread work before its first frame (chromium traces of
 * the 5,000-indicator page, 2026-11-22); the live page, which can act on a change, brings the date field (once the whole dataset is there).
 */
export function AsOfInput() {
  const t = useT();
  const id = useId();
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const snapshot = useIsPending();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('header.asOf')}</label>
      {snapshot ? (
        <input id={id} type="text" className="as-of-snapshot" value={asOf.replace(/-/g, '/')} readOnly />
      ) : (
        <input
          id={id}
          type="date"
          value={asOf}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(e) => {
            if (isAsOfDate(e.target.value)) setAsOf(e.target.value);
          }}
        />
      )}
    </div>
  );
}
