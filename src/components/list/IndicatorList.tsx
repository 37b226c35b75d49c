import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectIndex, selectVisibleIds } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import type { Density } from '../../store/store-types';
import { ListCell } from './ListCell';
import { CHART_CLIP } from '../chart/LazyChart';
import { isMarked, markOnce } from '../../lib/perf-marks';
import { useT } from '../common/use-t';
import { ListEmpty } from './ListEmpty';
import { useElementSize } from './use-element-size';
import { columnsFor, rowOffsets, visibleRows } from './window-math';
import { assignSlots, NO_SLOTS, type Cell, type Slots } from './slot-keys';

/**
 * Fixed panel heights per density (the window math needs them): compact panels are all alike; detailed ones
 * are taller when they carry a time series. A row is as tall as its tallest panel.
 */
export const PANEL_HEIGHT = { compact: 274, detailed: 520, detailedWithSeries: 770 } as const;

export function panelHeight(density: Density, hasSeries: boolean): number {
  if (density === 'compact') return PANEL_HEIGHT.compact;
  return hasSeries ? PANEL_HEIGHT.detailedWithSeries : PANEL_HEIGHT.detailed;
}
/** The narrowest a column may be; the snapshot's grid (SnapshotList) follows the same rule. */
export const MIN_COLUMN_WIDTH: Record<Density, number> = { compact: 300, detailed: 360 };
export const GAP = 12;
const OVERSCAN_ROWS = 1;
// jsdom and the first frame have no layout: assume a common laptop viewport until measured.
const FALLBACK = { width: 1200, height: 800 };

/**
 * The panel grid, windowed: only rows in view ± overscan are mounted, absolutely positioned inside a spacer
 * of the full height. Columns follow the container width (ResizeObserver).
 */
export function IndicatorList() {
  const t = useT();
  // The view's own array, by identity: the store keeps it per filter set, so a shallow compare of its
  // items (two Maps of every id, in zustand's shallow) would only cost time.
  const ids = useAppStore(selectVisibleIds);
  const density = useAppStore((s) => s.density);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const scrollRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(scrollRef);
  const index = useAppStore(selectIndex);

  // A new filter, order or density starts again at the top. The scroll position belongs to the view it was
  // taken in, so a stale one reads as 0 without an extra render (and without remounting the container,
  // which would force a synchronous layout of the whole page).
  const viewKey = `${JSON.stringify(filters)}|${sort}|${density}`;
  const [scroll, setScroll] = useState({ key: viewKey, top: 0 });

  // A view with no panel keeps the last view's panels mounted under its note, hidden and inert, at the top
  // of that view: the way back (a search cleared) finds them in place instead of creating the panels and
  // their charts again (at 50,000 indicators those returns were the slowest filter changes: BENCHMARKS.md).
  // (Of the same dataset only: a panel of an indicator the dataset no longer has could not render.)
  const [kept, setKept] = useState({ ids, key: viewKey, index });
  if (ids.length > 0 && (kept.ids !== ids || kept.key !== viewKey || kept.index !== index))
    setKept({ ids, key: viewKey, index });
  const empty = ids.length === 0;
  const listIds = empty ? (kept.index === index ? kept.ids : ids) : ids;
  const listKey = empty ? kept.key : viewKey;
  const scrollTop = !empty && scroll.key === viewKey ? scroll.top : 0;
  const keyRef = useRef(viewKey);
  const lastTop = useRef(0);
  useLayoutEffect(() => {
    keyRef.current = viewKey;
    if (lastTop.current > 0 && scrollRef.current) scrollRef.current.scrollTop = 0;
    lastTop.current = 0;
  }, [viewKey]);

  // Timing marks for the benchmark (npm run bench): when the first panel's numbers are on screen.
  const hasRows = ids.length > 0;
  useEffect(() => {
    if (!hasRows || isMarked('first-panel-numbers')) return;
    requestAnimationFrame(() => setTimeout(() => markOnce('first-panel-numbers'), 0));
  }, [hasRows]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        lastTop.current = el.scrollTop;
        setScroll({ key: keyRef.current, top: el.scrollTop });
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const width = size.width || FALLBACK.width;
  const height = size.height || FALLBACK.height;
  const { columns, columnWidth } = columnsFor(width, MIN_COLUMN_WIDTH[density], GAP);
  const offsets = useMemo(() => {
    const seriesSet = index?.withSeries;
    const height = (i: number) => panelHeight(density, seriesSet?.has(listIds[i]!) ?? false);
    return rowOffsets(listIds.length, columns, height, GAP);
  }, [listIds, density, columns, index]);
  const totalHeight = offsets[offsets.length - 1]!;
  const inView = visibleRows(scrollTop, height, offsets, 0);
  const { firstRow, lastRow } = visibleRows(scrollTop, height, offsets, OVERSCAN_ROWS);
  const cells: (Cell & { i: number; row: number; col: number })[] = [];
  for (let row = firstRow; row < lastRow; row++) {
    for (let col = 0; col < columns; col++) {
      const i = row * columns + col;
      const id = listIds[i];
      if (id === undefined) break;
      cells.push({ id, i, row, col, inView: row >= inView.firstRow && row < inView.lastRow });
    }
  }
  // Stored from the previous render ("storing information from previous renders"): set during render, so
  // this render already uses the new keys.
  const [slots, setSlots] = useState<Slots>(NO_SLOTS);
  const assigned = assignSlots(slots, cells, listKey);
  if (assigned !== slots) setSlots(assigned);

  // A filter change can hand the place that holds the keyboard focus to another indicator: the focus then
  // moves to the list, rather than stay on that other indicator's control.
  const listRef = useRef<HTMLDivElement>(null);
  const focusedId = useRef<string | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    const cell = active instanceof HTMLElement ? active.closest<HTMLElement>('[data-indicator]') : null;
    if (!cell || !listRef.current?.contains(cell) || cell.dataset.indicator === focusedId.current) return;
    focusedId.current = null;
    listRef.current.focus({ preventScroll: true });
  });

  const items = cells.map(({ id, i, row, col }) => (
    <ListCell
      key={assigned.key.get(id)}
      id={id}
      position={i + 1}
      size={listIds.length}
      density={density}
      className="list-cell"
      style={{
        transform: `translate(${col * (columnWidth + GAP)}px, ${offsets[row]}px)`,
        width: columnWidth,
        height: offsets[row + 1]! - offsets[row]! - GAP,
      }}
    />
  ));

  return (
    <div className={empty ? 'list-scroll list-scroll--empty' : 'list-scroll'} ref={scrollRef} {...CHART_CLIP}>
      {listIds.length > 0 && (
        <div
          role="list"
          aria-label={t('list.label')}
          className={empty ? 'list-grid list-grid--kept' : 'list-grid'}
          style={{ height: empty ? 0 : totalHeight }}
          aria-hidden={empty || undefined}
          inert={empty}
          ref={listRef}
          tabIndex={-1}
          onFocusCapture={(e) => {
            focusedId.current =
              (e.target as HTMLElement).closest('[data-indicator]')?.getAttribute('data-indicator') ?? null;
          }}
        >
          {items}
        </div>
      )}
      {empty && <ListEmpty />}
    </div>
  );
}
