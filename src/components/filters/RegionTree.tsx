import { useAppStore } from '../../store/store-context';
import { selectCounts, selectIndex } from '../../store/selectors';
import type { RegionNode } from '../../store/dataset-index';
import { localName } from '../common/localized';
import { useT } from '../common/use-t';

/** The region filter as a tree; a selected region includes every region within it. */
export function RegionTree() {
  const t = useT();
  const index = useAppStore(selectIndex);
  if (!index) return null;
  return (
    <fieldset className="filter-group" aria-describedby="region-hint">
      <legend>{t('filters.region')}</legend>
      <p className="filter-hint" id="region-hint">
        {t('filters.regionHint')}
      </p>
      <ul className="option-list region-tree">
        {index.regionTree.map((n) => (
          <RegionItem key={n.region.id} node={n} includedByParent={false} />
        ))}
      </ul>
    </fieldset>
  );
}

function RegionItem({ node, includedByParent }: { node: RegionNode; includedByParent: boolean }) {
  const locale = useAppStore((s) => s.locale);
  const checked = useAppStore((s) => s.filters.region.includes(node.region.id));
  const n = useAppStore((s) => selectCounts(s).region.get(node.region.id) ?? 0);
  const toggle = useAppStore((s) => s.toggleFilter);
  return (
    <li>
      <label className={`option${includedByParent ? ' option-included' : ''}`}>
        <input
          type="checkbox"
          checked={checked || includedByParent}
          disabled={includedByParent}
          onChange={() => toggle('region', node.region.id)}
        />
        <span className="option-label">{localName(node.region.name, locale)}</span>
        <span className="option-count">{n}</span>
      </label>
      {node.children.length > 0 && (
        <ul className="option-list">
          {node.children.map((c) => (
            <RegionItem key={c.region.id} node={c} includedByParent={checked || includedByParent} />
          ))}
        </ul>
      )}
    </li>
  );
}
