import { describe, expect, it } from 'vitest';
import { columnsFor, rowOffsets, visibleRows } from '../../../src/components/list/window-math';

describe('window math', () => {
  it.each([
    [1200, 340, 12, 3],
    [700, 340, 12, 2],
    [300, 340, 12, 1],
    [0, 340, 12, 1],
    [1416, 340, 12, 4],
  ])('width %i, min column %i, gap %i → %i columns', (width, min, gap, columns) => {
    expect(columnsFor(width, min, gap).columns).toBe(columns);
  });

  const heightOf = (heights: number[]) => (i: number) => heights[i]!;

  it('makes each row as tall as its tallest panel', () => {
    expect(rowOffsets(5, 2, heightOf([100, 200, 100, 100, 100]), 10)).toEqual([0, 210, 320, 430]);
    expect(rowOffsets(5, 3, heightOf([100, 100, 300, 50, 60]), 10)).toEqual([0, 310, 380]);
    expect(rowOffsets(0, 3, heightOf([]), 10)).toEqual([0]);
  });

  it.each([
    // scrollTop, viewport, overscan → [first, last)
    [0, 250, 0, [0, 2]],
    [0, 250, 1, [0, 3]],
    [215, 50, 0, [1, 2]],
    [215, 200, 1, [0, 4]],
    [10_000, 100, 1, [2, 4]], // past the end: the last row and its overscan
  ])('scrollTop %i viewport %i overscan %i', (top, height, overscan, [first, last]) => {
    const offsets = rowOffsets(4, 1, heightOf([200, 100, 100, 100]), 10); // 0 210 320 430 540
    expect(visibleRows(top, height, offsets, overscan)).toEqual({ firstRow: first, lastRow: last });
  });

  it('an empty list has no rows', () => {
    expect(visibleRows(0, 800, [0], 2)).toEqual({ firstRow: 0, lastRow: 0 });
  });
});
