import { memo, type ReactNode } from 'react';
import { selectFacetCount } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import type { ListFilter } from '../../store/store-types';

export interface Option {
  id: string;
  label: string;
  icon?: ReactNode;
  className?: string;
}

/**
 * A labelled multi-select of checkboxes, each with the number of indicators it would show. Each row reads
 * its own count and checked state, so a keystroke in the search box re-renders only the rows whose count
 * changed, not the group (the document facet alone has a row per document).
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
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="option-list">
        {options.map((o) => (
          <OptionRow key={o.id} filter={filter} option={o} />
        ))}
      </ul>
    </fieldset>
  );
}

const OptionRow = memo(function OptionRow({ filter, option }: { filter: ListFilter; option: Option }) {
  const n = useAppStore((s) => selectFacetCount(s, filter, option.id));
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
