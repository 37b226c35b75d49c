import { useShallow } from 'zustand/react/shallow';
import { selectIndex, selectVisibleIds } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { IndicatorPanel } from '../panel/IndicatorPanel';
import { useT } from '../common/use-t';
import { panelHeight } from './IndicatorList';

/** Enough panels to fill a large screen (two rows of four). */
export const SNAPSHOT_PANELS = 8;

/**
 * The first screen of the list for the build-time snapshot (index.html): the first panels in a CSS grid,
 * so the browser lays them out for any width before any script runs. The live list (IndicatorList,
 * windowed and measured) replaces it once the app has loaded; the columns follow the same rule.
 */
export function SnapshotList({ count = SNAPSHOT_PANELS }: { count?: number }) {
  const t = useT();
  const ids = useAppStore(useShallow(selectVisibleIds));
  const density = useAppStore((s) => s.density);
  const index = useAppStore(selectIndex);
  return (
    <div className="list-scroll">
      {ids.length === 0 ? (
        <p className="list-empty">{t('list.empty')}</p>
      ) : (
        <div role="list" aria-label={t('list.label')} className={`list-grid list-grid--snapshot ${density}`}>
          {ids.slice(0, count).map((id, i) => (
            <div
              key={id}
              role="listitem"
              aria-setsize={ids.length}
              aria-posinset={i + 1}
              className="list-cell list-cell--snapshot"
              style={{ minHeight: panelHeight(density, index?.withSeries.has(id) ?? false) }}
            >
              <IndicatorPanel id={id} density={density} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
