// validateDatasetInSlices must give exactly what validateDataset gives (the value, or every issue with the
// same path, in the same order), only with pauses between slices of the long arrays.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALIDATION_SLICE, validateDataset, validateDatasetInSlices } from '../../src/data/load-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';
import { splitDocuments } from '../../src/domain/catalogue/split-dataset';

const golden = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Record<string, unknown>;

function counter() {
  const c = { pauses: 0, pause: async () => void c.pauses++ };
  return c;
}

describe('validateDatasetInSlices', () => {
  it('gives the real dataset back as validateDataset does, pausing once per slice', async () => {
    const c = counter();
    const sliced = await validateDatasetInSlices(golden, 'u', c.pause);
    expect(sliced).toEqual(validateDataset(golden, 'u'));
    expect(sliced.ok).toBe(true);
    const n = (k: string) => Math.ceil((golden[k] as unknown[]).length / VALIDATION_SLICE);
    expect(c.pauses).toBe(n('indicators') + n('mentions'));
  });

  it('validates a split index (no mentions, texts in files) in slices of its indicators only', async () => {
    const { index } = splitDocuments(
      makeSyntheticDataset({ indicators: 700, regions: 9, seed: 4 }),
      () => 'h',
    );
    const json = JSON.parse(JSON.stringify(index)) as unknown;
    const c = counter();
    const sliced = await validateDatasetInSlices(json, 'u', c.pause);
    expect(sliced).toEqual(validateDataset(json, 'u'));
    expect(sliced.ok && sliced.value.mentions).toBe(undefined);
    expect(c.pauses).toBe(Math.ceil(700 / VALIDATION_SLICE));
  });

  it('reports every issue of a large dataset with the same paths and order as validateDataset', async () => {
    const data = JSON.parse(
      JSON.stringify(makeSyntheticDataset({ indicators: 1000, regions: 30, seed: 7 })),
    ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data.documents[0].published = 20240101;
    delete data.topics;
    data.indicators[450].unit = 5;
    data.indicators[999].observations[0].role = 'forecast';
    data.mentions[3].status = 'maybe';
    const c = counter();
    const sliced = await validateDatasetInSlices(data, 'u', c.pause);
    const whole = validateDataset(data, 'u');
    expect(sliced).toEqual(whole);
    if (sliced.ok || sliced.error.kind !== 'schema') throw new Error('expected schema issues');
    expect(sliced.error.issues.map((i) => i.path)).toEqual([
      'documents.0.published',
      'topics',
      'indicators.450.unit',
      'indicators.999.observations.0.role',
      'mentions.3.status',
    ]);
    expect(c.pauses).toBeGreaterThanOrEqual(5);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['no arrays', { schemaVersion: 1 }],
    ['indicators not an array', { ...golden, indicators: {} }],
  ])('treats a value without the long arrays (%s) as validateDataset does', async (_name, json) => {
    expect(await validateDatasetInSlices(json, 'u', async () => {})).toEqual(validateDataset(json, 'u'));
  });
});
