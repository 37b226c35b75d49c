import { useId } from 'react';
import { selectListView } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { DENSITIES, SORTS, type Sort } from '../../store/store-types';
import { useT } from '../common/use-t';

export function ListToolbar() {
  const t = useT();
  const sortId = useId();
  const shown = useAppStore((s, d) => selectListView(s, d).ids.length);
  // Only the first part of a dataset in parts: shown of the whole's total; no other order until it is there.
  const pending = useAppStore((s) => s.pending);
  const total = useAppStore((s, d) => s.pending?.total ?? selectListView(s, d).total);
  const sort = useAppStore((s) => s.sort);
  const density = useAppStore((s) => s.density);
  const setSort = useAppStore((s) => s.setSort);
  const setDensity = useAppStore((s) => s.setDensity);
  return (
    <div className="toolbar">
      <p className="toolbar-results" aria-live="polite">
        {t('toolbar.results', { shown, total })}
      </p>
      <div className="field field-inline">
        <label htmlFor={sortId}>{t('toolbar.sort')}</label>
        <select
          id={sortId}
          value={sort}
          disabled={pending !== null}
          onChange={(e) => setSort(e.target.value as Sort)}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="segmented" role="group" aria-label={t('toolbar.density')}>
        {DENSITIES.map((d) => (
          <button key={d} type="button" aria-pressed={density === d} onClick={() => setDensity(d)}>
            {t(`density.${d}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
