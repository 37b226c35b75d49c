// prepareProgressMap computes in slices what progressMap computes at once, and leaves it in the cache.
import { describe, expect, it } from 'vitest';
import { computeProgress, progressContext } from '../../src/domain/progress';
import { isoToDate } from '../../src/domain/period';
import { PROGRESS_SLICE, prepareProgressMap, progressMap } from '../../src/store/progress-cache';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

describe('prepareProgressMap', () => {
  const dataset = makeSyntheticDataset({ indicators: 450, regions: 20, seed: 3 });
  const extra = new Map();

  it('computes every indicator, a slice per pause, and progressMap then returns that map', async () => {
    let pauses = 0;
    const prepared = await prepareProgressMap(dataset, '2026-06-30', extra, async () => void pauses++);
    expect(pauses).toBe(Math.ceil(450 / PROGRESS_SLICE));
    expect([...prepared.keys()]).toEqual(dataset.indicators.map((i) => i.id));
    for (const ind of dataset.indicators.slice(0, 50))
      expect(prepared.get(ind.id)).toEqual({
        ok: true,
        progress: computeProgress(ind, isoToDate('2026-06-30'), [], progressContext(dataset.documents)),
      });
    expect(progressMap(dataset, '2026-06-30', extra)).toBe(prepared);
  });

  it('returns the map already cached for the same inputs', async () => {
    const first = progressMap(dataset, '2025-01-01', extra);
    expect(await prepareProgressMap(dataset, '2025-01-01', extra, async () => {})).toBe(first);
  });
});
