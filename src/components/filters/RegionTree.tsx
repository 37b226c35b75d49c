import { memo, useCallback, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectFacetCount, selectIndex } from '../../store/selectors';
import type { RegionNode } from '../../store/dataset-index';
import { DisclosureArrow } from '../common/DisclosureArrow';
import { localName } from '../../i18n/local-name';
import { useT } from '../common/use-t';

/** Up to this many regions the whole tree starts open; beyond it only the top level does. */
const OPEN_ALL_UP_TO = 30;

/** The region filter as a tree; a selected region includes every region within it. */
export function RegionTree() {
  const t = useT();
  const index = useAppStore(selectIndex);
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const openAll = (index?.regionById.size ?? 0) <= OPEN_ALL_UP_TO;
  // `toggled` holds the nodes the user flipped from their default state.
  const isOpen = useCallback(
    (n: RegionNode) => (openAll || n.depth === 0) !== toggled.has(n.region.id),
    [openAll, toggled],
  );
  const toggle = useCallback(
    (id: string) =>
      setToggled((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  if (!index) return null;
  return (
    <fieldset className="filter-group" aria-describedby="region-hint">
      <legend>{t('filters.region')}</legend>
      <p className="filter-hint" id="region-hint">
        {t('filters.regionHint')}
      </p>
      <ul className="option-list region-tree">
        {index.regionTree.map((n) => (
          <RegionItem key={n.region.id} node={n} includedByParent={false} isOpen={isOpen} onToggle={toggle} />
        ))}
      </ul>
    </fieldset>
  );
}

// A row re-renders when its own count, checked state or openness changes; its parent's count changing
// leaves it alone.
const RegionItem = memo(function RegionItem({
  node,
  includedByParent,
  isOpen,
  onToggle,
}: {
  node: RegionNode;
  includedByParent: boolean;
  isOpen: (n: RegionNode) => boolean;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const checked = useAppStore((s) => s.filters.region.includes(node.region.id));
  const n = useAppStore((s, d) => selectFacetCount(s, d, 'region', node.region.id));
  const toggle = useAppStore((s) => s.toggleFilter);
  const name = localName(node.region.name, locale);
  const open = node.children.length > 0 && isOpen(node);
  return (
    <li>
      <div className="region-row">
        {node.children.length > 0 ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'filters.collapse' : 'filters.expand', { name })}
            onClick={() => onToggle(node.region.id)}
          >
            <DisclosureArrow className="tree-toggle-icon" />
          </button>
        ) : (
          <span className="tree-toggle-space" />
        )}
        <label className={`option${includedByParent ? ' option-included' : ''}`}>
          <input
            type="checkbox"
            checked={checked || includedByParent}
            disabled={includedByParent}
            onChange={() => toggle('region', node.region.id)}
          />
          <span className="option-label">{name}</span>
          <span className="option-count">{n}</span>
        </label>
      </div>
      {open && (
        <ul className="option-list">
          {node.children.map((c) => (
            <RegionItem
              key={c.region.id}
              node={c}
              includedByParent={checked || includedByParent}
              isOpen={isOpen}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </li>
  );
});
