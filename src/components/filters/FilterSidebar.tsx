import { useId, useMemo, useState } from 'react';
import { STATUSES } from '../../domain/progress-types';
import { useAppStore } from '../../store/store-context';
import { countTicked, hasActiveFilters } from '../../store/selectors';
import { DisclosureArrow } from '../common/DisclosureArrow';
import { localName } from '../../i18n/local-name';
import { useIsPending } from '../common/snapshot-context';
import { StatusIcon } from '../common/StatusIcon';
import { useT } from '../common/use-t';
import { DraftFilter } from './DraftFilter';
import { OptionGroup, type Option } from './OptionGroup';
import { RegionTree } from './RegionTree';
import { SearchBox } from './SearchBox';

/**
 * The filters. It reads no counts itself: each option does, so typing re-renders only what changed. In the
 * build-time snapshot (and until the page is live) the option groups are not drawn: they could not be used
 * yet (a box ticked then would be unticked when the app arrives), and they are a quarter of the page the
 * browser must lay out before the first panels' numbers show. They appear below the search box, so nothing
 * drawn before moves. The same while only the first part of a dataset in parts is there: their counts and
 * results would be the part's, not the whole's.
 *
 * On a narrow screen (a phone) the groups are folded away behind a button until asked for, which says how
 * many options are ticked: unfolded, they filled the first screen and no indicator showed. The search box
 * stays. On a wide screen the button is not shown and the groups always are (filters.css).
 */
export function FilterSidebar() {
  const t = useT();
  const pending = useIsPending();
  const locale = useAppStore((s) => s.locale);
  const dataset = useAppStore((s) => s.dataset);
  const active = useAppStore((s) => hasActiveFilters(s.filters));
  const ticked = useAppStore((s) => countTicked(s.filters));
  const [open, setOpen] = useState(false);
  const groupsId = useId();
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
  const className = `filters${pending ? ' filters--pending' : ''}${open ? ' filters--open' : ''}`;
  return (
    <aside className={className} aria-labelledby="filters-title">
      <div className="filters-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" className="button-link" onClick={clear} disabled={!active}>
          {t('filters.clear')}
        </button>
      </div>
      <SearchBox />
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={groupsId}
        disabled={pending}
        onClick={() => setOpen((o) => !o)}
      >
        <DisclosureArrow className="filters-toggle-icon" />
        {t(open ? 'filters.hideGroups' : 'filters.showGroups')}
        {ticked > 0 && (
          <>
            {' '}
            <span className="filters-ticked">{t('filters.ticked', { n: ticked })}</span>
          </>
        )}
      </button>
      <div id={groupsId} className="filters-groups">
        {pending ? (
          <p className="filters-pending">{t('filters.pending')}</p>
        ) : (
          <>
            <RegionTree />
            <OptionGroup filter="topic" legend={t('filters.topic')} options={topics} />
            <OptionGroup filter="status" legend={t('filters.status')} options={statuses} />
            <DraftFilter />
            <OptionGroup filter="doc" legend={t('filters.doc')} options={documents} />
          </>
        )}
      </div>
    </aside>
  );
}
