import { useMemo } from 'react';
import { STATUSES } from '../../domain/progress-types';
import { useAppStore } from '../../store/store-context';
import { hasActiveFilters } from '../../store/selectors';
import { localName } from '../common/localized';
import { StatusIcon } from '../common/StatusIcon';
import { useT } from '../common/use-t';
import { OptionGroup, type Option } from './OptionGroup';
import { RegionTree } from './RegionTree';
import { SearchBox } from './SearchBox';

/** The filters. It reads no counts itself: each option does, so typing re-renders only what changed. */
export function FilterSidebar() {
  const t = useT();
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
    <aside className="filters" aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" className="button-link" onClick={clear} disabled={!active}>
          {t('filters.clear')}
        </button>
      </div>
      <SearchBox />
      <RegionTree />
      <OptionGroup filter="topic" legend={t('filters.topic')} options={topics} />
      <OptionGroup filter="status" legend={t('filters.status')} options={statuses} />
      <OptionGroup filter="doc" legend={t('filters.doc')} options={documents} />
    </aside>
  );
}
