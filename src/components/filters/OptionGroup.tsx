import { memo, useId, useState, type ReactNode } from 'react';
import { selectFacetCount } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import type { ListFilter } from '../../store/store-types';
import { useT } from '../common/use-t';

/** A list longer than this starts collapsed to its first SHOWN_COLLAPSED options (and any ticked ones). */
export const COLLAPSE_OVER = 20;
export const SHOWN_COLLAPSED = 8;

/** The options a collapsed list shows: the first `shown`, then any kept one further down, in order. */
export function collapsedOptions<T extends { id: string }>(
  options: readonly T[],
  kept: readonly string[],
  shown = SHOWN_COLLAPSED,
): T[] {
  return options.filter((o, i) => i < shown || kept.includes(o.id));
}

export interface Option {
  id: string;
  label: string;
  icon?: ReactNode;
  className?: string;
}

/**
 * A labelled multi-select of checkboxes, each with the number of indicators it would show. Each row reads
 * its own count and checked state, so a keystroke in the search box re-renders only the rows whose count
 * changed, not the group (the document facet alone has a row per document). A long list (a dataset of
 * every province's plans has a hundred documents) shows its first options and a button for the rest.
 */
export function OptionGroup({
  filter,
  legend,
  options,
}: {
  filter: ListFilter;
  legend: string;
  options: readonly Option[];
}) {
  const t = useT();
  const checked = useAppStore((s) => s.filters[filter] as readonly string[]);
  const [expanded, setExpanded] = useState(false);
  // The ticked options a collapsed list keeps showing: once shown, an option stays until the list is
  // collapsed again, so unticking it does not pull the row from under the pointer.
  const [kept, setKept] = useState<readonly string[]>(checked);
  const newlyTicked = checked.filter((id) => !kept.includes(id));
  if (newlyTicked.length > 0) setKept([...kept, ...newlyTicked]);
  const listId = useId();
  const long = options.length > COLLAPSE_OVER;
  const shown = long && !expanded ? collapsedOptions(options, kept) : options;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="option-list" id={listId}>
        {shown.map((o) => (
          <OptionRow key={o.id} filter={filter} option={o} />
        ))}
      </ul>
      {long && (
        <button
          type="button"
          className="button-link option-more"
          aria-expanded={expanded}
          aria-controls={listId}
          // The group's name too: two long lists open at once would otherwise have two "收起" buttons
          // (a voice-control user could not tell which to say); the visible words come first in it.
          aria-label={
            expanded
              ? t('filters.showFewerOf', { name: legend })
              : t('filters.showAllOf', { n: options.length, name: legend })
          }
          onClick={() => {
            if (expanded) setKept(checked);
            setExpanded(!expanded);
          }}
        >
          {expanded ? t('filters.showFewer') : t('filters.showAll', { n: options.length })}
        </button>
      )}
    </fieldset>
  );
}

const OptionRow = memo(function OptionRow({ filter, option }: { filter: ListFilter; option: Option }) {
  const n = useAppStore((s, d) => selectFacetCount(s, d, filter, option.id));
  const checked = useAppStore((s) => (s.filters[filter] as readonly string[]).includes(option.id));
  const toggle = useAppStore((s) => s.toggleFilter);
  return (
    <li>
      <label className={`option ${option.className ?? ''}`}>
        <input type="checkbox" checked={checked} onChange={() => toggle(filter, option.id)} />
        {option.icon}
        <span className="option-label">{option.label}</span>
        <span className="option-count">{n}</span>
      </label>
    </li>
  );
});
