// The indicators in parts (schema version 3): the first part is the default view's top as of the build day,
// every indicator is in exactly one part, the documents travel with the indicators that first cite them,
// and the head does not grow with the corpus.
import { describe, expect, it } from 'vitest';
import { makeSyntheticDataset } from '../../../scripts/lib/synthetic-dataset';
import { FIRST_PART, splitDataset } from '../../../src/domain/catalogue/split-dataset';
import { defaultOrder } from '../../../src/domain/default-order';
import { isDatasetHead } from '../../../src/domain/dataset-head';
import { datasetSchema, type DatasetHead } from '../../../src/domain/dataset-schema';
import { datasetHeadSchema, datasetPartSchema, joinParts } from '../../../src/domain/dataset-parts';
import { snapshotValidUntil } from '../../../src/domain/snapshot-window';
import { makeSmallDataset } from '../../support/small-dataset';

const digest = (json: string) => `h${json.length}`;
const AS_OF = '2025-06-30';

function split(indicators: number, firstPart = 10, partSize = 50) {
  const whole = makeSyntheticDataset({ indicators, regions: 30, seed: 7 });
  const files = splitDataset(whole, digest, { asOf: AS_OF, firstPart, partSize });
  if (!isDatasetHead(files.index)) throw new Error('expected a head');
  return { whole, files, head: files.index as DatasetHead };
}

describe('splitDataset: indicators in parts', () => {
  const { whole, files, head } = split(230);
  const parts = files.parts.map((p) => p.part);

  it('writes a head and parts the schemas accept, each file named for its content', () => {
    expect(datasetHeadSchema.safeParse(head).success).toBe(true);
    for (const p of files.parts) {
      expect(datasetPartSchema.safeParse(p.part).success).toBe(true);
      expect(JSON.parse(p.json)).toEqual(p.part);
      expect(p.path).toMatch(/^parts\/\d+\.h\d+\.json$/);
    }
    expect(head.parts).toEqual(
      files.parts.map((p) => ({ file: p.path, indicators: p.part.indicators.length })),
    );
    expect(head).not.toHaveProperty('indicators');
    expect(head).not.toHaveProperty('documents');
  });

  it('puts every indicator in exactly one part: the default top first, then the rest in dataset order', () => {
    expect(parts.map((p) => p.indicators.length)).toEqual([10, 50, 50, 50, 50, 20]);
    const ids = parts.flatMap((p) => p.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(whole.indicators.map((i) => i.id).sort());
    const top = defaultOrder(whole, AS_OF).slice(0, 10);
    expect(parts[0]!.indicators.map((i) => i.id)).toEqual(top.map((i) => i.id));
    const firstIds = new Set(top.map((i) => i.id));
    expect(ids.slice(10)).toEqual(whole.indicators.map((i) => i.id).filter((id) => !firstIds.has(id)));
    expect(head.indicatorCount).toBe(230);
  });

  it('puts each document once, in the first part whose indicators cite it (the rest in the last)', () => {
    const docIds = parts.flatMap((p) => p.documents.map((d) => d.id));
    expect([...docIds].sort()).toEqual(whole.documents.map((d) => d.id).sort());
    expect(head.documentCount).toBe(whole.documents.length);
    const seen = new Set<string>();
    for (const p of parts) {
      for (const d of p.documents) seen.add(d.id);
      for (const i of p.indicators)
        for (const o of i.observations) expect(seen.has(o.source.document), o.source.document).toBe(true);
    }
    expect(parts.flatMap((p) => p.documents).every((d) => d.text === undefined && d.textFile)).toBe(true);
  });

  it("records the first part's order: the build day, true until the whole dataset's next change", () => {
    expect(head.order).toEqual({ sort: 'status', asOf: AS_OF, until: snapshotValidUntil(whole, AS_OF) });
  });

  it('joins back into the whole dataset (the same indicators and documents, the first part first)', () => {
    const joined = joinParts(head, parts);
    expect(datasetSchema.safeParse(joined).success).toBe(true);
    const byId = <T extends { id: string }>(xs: readonly T[]) =>
      [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(joined.indicators)).toEqual(byId(whole.indicators));
    expect(byId(joined.documents).map((d) => d.id)).toEqual(byId(whole.documents).map((d) => d.id));
    expect(joined.regions).toBe(whole.regions);
  });

  it('keeps the head the same size as the corpus grows, but for one short entry per part', () => {
    const sizes = [230, 920, 3680].map((n) => {
      const { head: h } = split(n, 10, 1000);
      const { parts: list, ...rest } = h;
      return { rest: JSON.stringify(rest).length, perPart: JSON.stringify(list).length / list.length };
    });
    for (const s of sizes) {
      expect(Math.abs(s.rest - sizes[0]!.rest)).toBeLessThanOrEqual(8); // the counts' digits
      expect(s.perPart).toBeLessThan(60);
    }
  });

  it('leaves a dataset no larger than the first part in one file, indicators inline', () => {
    const small = makeSmallDataset();
    const one = splitDataset(small, digest, { asOf: AS_OF });
    expect(small.indicators.length).toBeLessThanOrEqual(FIRST_PART);
    expect(one.parts).toEqual([]);
    expect(isDatasetHead(one.index)).toBe(false);
    expect(datasetSchema.safeParse(one.index).success).toBe(true);
  });
});
