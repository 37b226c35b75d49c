import { useMemo } from 'react';
import { STATUSES } from '../../domain/progress-types';
import { useAppStore } from '../../store/store-context';
import { hasActiveFilters } from '../../store/selectors';
import { localName } from '../common/localized';
import { useIsSnapshot } from '../common/snapshot-context';
import { StatusIcon } from '../common/StatusIcon';
import { useT } from '../common/use-t';
import { OptionGroup, type Option } from './OptionGroup';
import { RegionTree } from './RegionTree';
import { SearchBox } from './SearchBox';

/**
 * The filters. It reads no counts itself: each option does, so typing re-renders only what changed. In the
 * build-time snapshot (and until the page is live) the option groups are not drawn: they could not be used
 * yet (a box ticked then would be unticked when the app arrives), and they are a quarter of the page the
 * browser must lay out before the first panels' numbers show. They appear below the search box, so nothing
 * drawn before moves.
 */
export function FilterSidebar() {
  const t = useT();
  const pending = useIsSnapshot();
  const locale = useAppStore((s) => s.locale);
  const dataset = useAppStore((s) => s.dataset);
  const active = useAppStore((s) => hasActiveFilters(s.filters));
  const clear = useAppStore((s) => s.clearFilters);
  const topics = useMemo<Option[]>(
    () => (dataset?.topics ?? []).map((x) => ({ id: x.id, label: localName(x.name, locale) })),
    [dataset, locale],
  );
  const statuses = useMemo<Option[]>(
    () =>
      STATUSES.map((s) => ({
        id: s,
        label: t(`status.${s}`),
        icon: <StatusIcon status={s} />,
        className: `status-${s}`,
      })),
    [t],
  );
  const documents = useMemo<Option[]>(
    () => (dataset?.documents ?? []).map((d) => ({ id: d.id, label: d.title })),
    [dataset],
  );
  if (!dataset) return null;
  return (
    <aside className={pending ? 'filters filters--pending' : 'filters'} aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" className="button-link" onClick={clear} disabled={!active}>
          {t('filters.clear')}
        </button>
      </div>
      <SearchBox />
      {pending ? (
        <p className="filters-pending">{t('filters.pending')}</p>
      ) : (
        <>
          <RegionTree />
          <OptionGroup filter="topic" legend={t('filters.topic')} options={topics} />
          <OptionGroup filter="status" legend={t('filters.status')} options={statuses} />
          <OptionGroup filter="doc" legend={t('filters.doc')} options={documents} />
        </>
      )}
    </aside>
  );
}
