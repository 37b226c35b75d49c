import type { ReactNode } from 'react';
import { useAppStore } from '../../store/store-context';
import type { ListFilter } from '../../store/store-types';

export interface Option {
  id: string;
  label: string;
  icon?: ReactNode;
  className?: string;
}

/** A labelled multi-select of checkboxes, each with the number of indicators it would show. */
export function OptionGroup({
  filter,
  legend,
  options,
  counts,
}: {
  filter: ListFilter;
  legend: string;
  options: Option[];
  counts: ReadonlyMap<string, number>;
}) {
  const selected: readonly string[] = useAppStore((s) => s.filters[filter]);
  const toggle = useAppStore((s) => s.toggleFilter);
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="option-list">
        {options.map((o) => {
          const n = counts.get(o.id) ?? 0;
          return (
            <li key={o.id}>
              <label className={`option ${o.className ?? ''}`}>
                <input
                  type="checkbox"
                  checked={selected.includes(o.id)}
                  onChange={() => toggle(filter, o.id)}
                />
                {o.icon}
                <span className="option-label">{o.label}</span>
                <span className="option-count">{n}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
