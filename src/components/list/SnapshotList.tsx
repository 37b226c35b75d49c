import type { CSSProperties } from 'react';
import { selectIndex, selectVisibleIds } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';
import { ListEmpty } from './ListEmpty';
import { GAP, MIN_COLUMN_WIDTH, panelHeight } from './IndicatorList';
import { ListCell } from './ListCell';

/**
 * The first row of panels at any width up to four columns (a 1920-pixel screen). The first row is what
 * an office screen shows of the list (at 1366×768, or 1920×1080 at 125 %, the second row starts below
 * it); the rows below come with the live page. Each panel more is parsed and styled before the first
 * paint, seen or not: eight cost a tenth more time to the first numbers than four.
 */
export const SNAPSHOT_PANELS = 4;

/**
 * The first screen of the list for the build-time snapshot (index.html): the first panels in a CSS grid,
 * so the browser lays them out for any width before any script runs. The live list (IndicatorList,
 * windowed and measured) replaces it once the app has loaded; the columns follow the same rule.
 */
export function SnapshotList({ count = SNAPSHOT_PANELS }: { count?: number }) {
  const t = useT();
  const ids = useAppStore(selectVisibleIds);
  const density = useAppStore((s) => s.density);
  const index = useAppStore(selectIndex);
  return (
    <div className="list-scroll">
      {ids.length === 0 ? (
        <ListEmpty />
      ) : (
        <div
          role="list"
          aria-label={t('list.label')}
          className="list-grid list-grid--snapshot"
          // The live list's column rule, for the grid in snapshot.css.
          style={
            {
              '--min-column': `${MIN_COLUMN_WIDTH[density]}px`,
              '--gap': `${GAP}px`,
            } as CSSProperties
          }
        >
          {ids.slice(0, count).map((id, i) => (
            <ListCell
              key={id}
              id={id}
              position={i + 1}
              size={ids.length}
              density={density}
              className="list-cell list-cell--snapshot"
              style={{ minHeight: panelHeight(density, index?.withSeries.has(id) ?? false) }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
