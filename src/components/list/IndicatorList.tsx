import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import { selectIndex, selectVisibleIds } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import type { Density } from '../../store/store-types';
import { ListCell } from './ListCell';
import { CHART_CLIP } from '../chart/LazyChart';
import { isMarked, markOnce } from '../../lib/perf-marks';
import { useT } from '../common/use-t';
import { assignSlots, NO_SLOTS, type Cell, type Slots } from './slot-keys';

/**
 * Fixed panel heights per density (the window math needs them): compact panels are all alike; detailed ones
 * are taller when they carry a time series. A row is as tall as its tallest panel.
 */
export const PANEL_HEIGHT = { compact: 244, detailed: 520, detailedWithSeries: 770 } as const;

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
 * The panel grid, windowed by @tanstack/react-virtual (rows): only rows in view ± overscan are mounted,
 * absolutely positioned inside a spacer of the full height. Columns follow the container width.
 */
export function IndicatorList() {
  const t = useT();
  const ids = useAppStore(useShallow(selectVisibleIds));
  const density = useAppStore((s) => s.density);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const scrollRef = useRef<HTMLDivElement>(null);
  const index = useAppStore(selectIndex);

  // The scroller's content box: its width sets the columns, its height the rows in view (the virtualizer's).
  const [width, setWidth] = useState(0);
  const observeRect = useCallback(
    (instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) => {
      const el = instance.scrollElement;
      if (!el) return;
      return observeContentBox(el, (rect) => {
        setWidth(rect.width);
        report(rect);
      });
    },
    [],
  );
  const { columns, columnWidth } = columnsFor(width || FALLBACK.width, MIN_COLUMN_WIDTH[density]);
  const rowSizes = useMemo(() => {
    const seriesSet = index?.withSeries;
    const sizes: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const r = Math.floor(i / columns);
      sizes[r] = Math.max(sizes[r] ?? 0, panelHeight(density, seriesSet?.has(ids[i]!) ?? false) + GAP);
    }
    return sizes;
  }, [ids, density, columns, index]);
  // The virtualizer keeps its rows' places until the count or the key function changes, not when the sizes
  // do: a key function per layout.
  const getItemKey = useMemo(() => keyPerLayout(rowSizes), [rowSizes]);
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing it returns is passed on memoized
  const virtualizer = useVirtualizer({
    count: rowSizes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (row) => rowSizes[row]!,
    getItemKey,
    overscan: OVERSCAN_ROWS,
    initialRect: FALLBACK,
    observeElementRect: observeRect,
    useFlushSync: false,
  });

  // A new filter, order or density starts again at the top.
  const viewKey = `${JSON.stringify(filters)}|${sort}|${density}`;
  const shownKey = useRef(viewKey);
  useLayoutEffect(() => {
    if (shownKey.current === viewKey) return;
    shownKey.current = viewKey;
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  // Timing marks for the benchmark (npm run bench): when the first panel's numbers are on screen.
  const hasRows = ids.length > 0;
  useEffect(() => {
    if (!hasRows || isMarked('first-panel-numbers')) return;
    requestAnimationFrame(() => setTimeout(() => markOnce('first-panel-numbers'), 0));
  }, [hasRows]);

  const rows = virtualizer.getVirtualItems();
  const viewTop = virtualizer.scrollOffset ?? 0;
  const viewBottom = viewTop + (virtualizer.scrollRect?.height ?? FALLBACK.height);
  const cells: (Cell & { i: number; col: number; top: number; height: number })[] = [];
  for (const row of rows) {
    const inView = row.end > viewTop && row.start < viewBottom;
    for (let col = 0; col < columns; col++) {
      const i = row.index * columns + col;
      const id = ids[i];
      if (id === undefined) break;
      cells.push({ id, i, col, inView, top: row.start, height: row.size - GAP });
    }
  }
  // Stored from the previous render ("storing information from previous renders"): set during render, so
  // this render already uses the new keys.
  const [slots, setSlots] = useState<Slots>(NO_SLOTS);
  const assigned = assignSlots(slots, cells, viewKey);
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

  const items = cells.map(({ id, i, col, top, height }) => (
    <ListCell
      key={assigned.key.get(id)}
      id={id}
      position={i + 1}
      size={ids.length}
      density={density}
      className="list-cell"
      style={{
        transform: `translate(${col * (columnWidth + GAP)}px, ${top}px)`,
        width: columnWidth,
        height,
      }}
    />
  ));

  return (
    <div className="list-scroll" ref={scrollRef} {...CHART_CLIP}>
      {ids.length === 0 ? (
        <p className="list-empty">{t('list.empty')}</p>
      ) : (
        <div
          role="list"
          aria-label={t('list.label')}
          className="list-grid"
          style={{ height: virtualizer.getTotalSize() }}
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
    </div>
  );
}

const keyPerLayout = (_layout: readonly number[]) => (row: number) => row;

/** Columns as many as fit at the minimum width, sharing the width. */
export function columnsFor(width: number, minColumnWidth: number): { columns: number; columnWidth: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (minColumnWidth + GAP)));
  return { columns, columnWidth: Math.max(0, (width - GAP * (columns - 1)) / columns) };
}

/**
 * The element's content box, reported now and on each resize (jsdom and a hidden list: the fallback). The
 * content box, as the observer reports it: clientWidth/Height include the padding, and a first size 40px too
 * wide (the list's padding) laid the panels out wider for a frame (a layout shift).
 */
function observeContentBox(el: HTMLElement, report: (rect: Rect) => void): (() => void) | undefined {
  const update = (width: number, height: number) =>
    report({ width: Math.round(width) || FALLBACK.width, height: Math.round(height) || FALLBACK.height });
  const style = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  update(
    el.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
    el.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
  );
  if (typeof ResizeObserver === 'undefined') return;
  const ro = new ResizeObserver((entries) => {
    const r = entries[0]?.contentRect;
    if (r) update(r.width, r.height);
  });
  ro.observe(el);
  return () => ro.disconnect();
}
