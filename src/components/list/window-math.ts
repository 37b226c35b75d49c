// Pure geometry of the windowed grid: which rows are in view (± overscan) for a scroll position.

export interface GridLayout {
  columns: number;
  columnWidth: number;
  rowCount: number;
  totalHeight: number;
}

export interface WindowRange {
  firstRow: number;
  /** Exclusive. */
  lastRow: number;
}

export function gridLayout(
  count: number,
  width: number,
  minColumnWidth: number,
  gap: number,
  rowHeight: number,
) {
  const columns = Math.max(1, Math.floor((width + gap) / (minColumnWidth + gap)));
  const columnWidth = Math.max(0, (width - gap * (columns - 1)) / columns);
  const rowCount = Math.ceil(count / columns);
  return { columns, columnWidth, rowCount, totalHeight: rowCount * (rowHeight + gap) } satisfies GridLayout;
}

export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowStride: number,
  rowCount: number,
  overscan: number,
): WindowRange {
  const first = Math.floor(Math.max(0, scrollTop) / rowStride) - overscan;
  const last = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowStride) + overscan;
  return { firstRow: Math.max(0, first), lastRow: Math.min(rowCount, Math.max(0, last)) };
}
