import { useId } from 'react';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

export function SearchBox() {
  const t = useT();
  const id = useId();
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  // A search over the first part of a dataset in parts would miss the rest: it waits for the whole.
  const partial = useAppStore((s) => s.pending !== null);
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={q}
        maxLength={200}
        disabled={partial}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
    </div>
  );
}
