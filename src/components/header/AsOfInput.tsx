import { useId } from 'react';
import { useAppStore } from '../../store/store-context';
import { isIsoDate } from '../../store/dates';
import { useT } from '../common/use-t';

/** The as-of date; changing it recomputes every status. */
export function AsOfInput() {
  const t = useT();
  const id = useId();
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('header.asOf')}</label>
      <input
        id={id}
        type="date"
        value={asOf}
        min="2000-01-01"
        max="2100-12-31"
        onChange={(e) => {
          if (isIsoDate(e.target.value)) setAsOf(e.target.value);
        }}
      />
    </div>
  );
}
