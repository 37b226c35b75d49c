import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/domain/dataset-schema';
import { makeSyntheticDataset } from '../../../scripts/lib/synthetic-dataset';
import { makeSmallDataset } from '../../support/small-dataset';

describe('test datasets', () => {
  it.each([
    [10, 3, 1],
    [5000, 300, 42],
  ])('synthetic %i indicators / %i regions is valid and deterministic', (indicators, regions, seed) => {
    const a = makeSyntheticDataset({ indicators, regions, seed });
    expect(datasetSchema.safeParse(a).success).toBe(true);
    expect(a.indicators).toHaveLength(indicators);
    expect(a.regions).toHaveLength(regions);
    expect(JSON.stringify(makeSyntheticDataset({ indicators, regions, seed }))).toBe(JSON.stringify(a));
    const docs = new Map(a.documents.map((d) => [d.id, d.text]));
    for (const i of a.indicators)
      for (const o of i.observations)
        expect(
          docs.get(o.source.document)!.slice(o.source.offset, o.source.offset + o.source.quote.length),
        ).toBe(o.source.quote);
    for (const m of a.mentions)
      expect(docs.get(m.document)!.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
  });

  it('the small dataset is valid and its quotes sit at their offsets', () => {
    const d = makeSmallDataset();
    const r = datasetSchema.safeParse(d);
    expect(r.error?.issues ?? []).toEqual([]);
    const docs = new Map(d.documents.map((x) => [x.id, x.text]));
    for (const i of d.indicators)
      for (const o of i.observations)
        expect(
          docs.get(o.source.document)!.slice(o.source.offset, o.source.offset + o.source.quote.length),
        ).toBe(o.source.quote);
    for (const m of d.mentions)
      expect(docs.get(m.document)!.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
  });
});
