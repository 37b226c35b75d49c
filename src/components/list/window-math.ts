// Pure geometry of the windowed grid: columns from the width, row offsets from row heights, and which rows
// are in view (± overscan) for a scroll position.

export function columnsFor(
  width: number,
  minColumnWidth: number,
  gap: number,
): { columns: number; columnWidth: number } {
  const columns = Math.max(1, Math.floor((width + gap) / (minColumnWidth + gap)));
  return { columns, columnWidth: Math.max(0, (width - gap * (columns - 1)) / columns) };
}

/**
 * Top of each row of `columns` items, each row as tall as its tallest item, plus the total height at the end
 * (length = rows + 1). One pass over the items, no array per item: a filter change at 50,000 indicators
 * runs it over the whole view.
 */
export function rowOffsets(
  count: number,
  columns: number,
  itemHeight: (i: number) => number,
  gap: number,
): number[] {
  const rows = Math.ceil(count / columns);
  const offsets = new Array<number>(rows + 1);
  offsets[0] = 0;
  for (let r = 0; r < rows; r++) {
    let tallest = 0;
    const end = Math.min(count, (r + 1) * columns);
    for (let i = r * columns; i < end; i++) tallest = Math.max(tallest, itemHeight(i));
    offsets[r + 1] = offsets[r]! + tallest + gap;
  }
  return offsets;
}

/** The first row whose bottom lies below `y` (binary search over the offsets). */
function rowAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export interface WindowRange {
  firstRow: number;
  /** Exclusive. */
  lastRow: number;
}

export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  offsets: readonly number[],
  overscan: number,
): WindowRange {
  const rowCount = offsets.length - 1;
  if (rowCount <= 0) return { firstRow: 0, lastRow: 0 };
  const top = Math.max(0, scrollTop);
  const first = rowAt(offsets, top) - overscan;
  const last = rowAt(offsets, top + viewportHeight) + 1 + overscan;
  return { firstRow: Math.max(0, first), lastRow: Math.min(rowCount, last) };
}
