// progressMapInSlices computes in slices what progressMap computes at once.
import { describe, expect, it } from 'vitest';
import { computeProgress, progressContext } from '../../src/domain/progress';
import { isoToDate } from '../../src/domain/period';
import { PROGRESS_SLICE, progressMap, progressMapInSlices } from '../../src/store/progress-map';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

describe('progressMapInSlices', () => {
  const dataset = makeSyntheticDataset({ indicators: 450, regions: 20, seed: 3 });
  const extra = new Map();

  it('computes every indicator, a slice per pause, as progressMap does', async () => {
    let pauses = 0;
    const sliced = await progressMapInSlices(dataset, '2026-06-30', extra, async () => void pauses++);
    expect(pauses).toBe(Math.ceil(450 / PROGRESS_SLICE));
    expect([...sliced.keys()]).toEqual(dataset.indicators.map((i) => i.id));
    for (const ind of dataset.indicators.slice(0, 50))
      expect(sliced.get(ind.id)).toEqual({
        ok: true,
        progress: computeProgress(ind, isoToDate('2026-06-30'), [], progressContext(dataset.documents)),
      });
    expect(sliced).toEqual(progressMap(dataset, '2026-06-30', extra));
  });
});
