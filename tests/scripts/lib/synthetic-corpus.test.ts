// The synthetic corpus is only useful if the real build accepts it whole: every quote found once, every
// value proven, every figure accounted for; and if the same options give the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { readBuildInput } from '../../../scripts/lib/build-input';
import { makeSyntheticCorpus, writeCorpus } from '../../../scripts/lib/synthetic-corpus';

const base = buildDataset(await readBuildInput('data', 'seeds'));
if (!base.ok) throw new Error(base.error.map(formatProblem).join('\n'));
const seeds = base.value.dataset;
const options = { documents: 9, indicatorsPerDocument: 25, regions: 4, seed: 3 };
const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = makeSyntheticCorpus(seeds, options);
const paths = writeCorpus(dir, corpus);
const built = buildDataset(await readBuildInput(paths.data, paths.seeds));

describe('makeSyntheticCorpus', () => {
  it('builds with no problem and no unreviewed figure, at the size asked for', () => {
    expect(built.ok ? [] : built.error.map(formatProblem)).toEqual([]);
    if (!built.ok) return;
    expect(built.value.unreviewed.map(formatProblem)).toEqual([]);
    expect(built.value.summary.documents).toBe(9);
    expect(built.value.summary.indicators).toBe(9 * 25);
    const regions = new Set(built.value.dataset.indicators.map((i) => i.region));
    expect(regions).toEqual(new Set(['syn-r0', 'syn-r1', 'syn-r2', 'syn-r3']));
  });

  it('changes the numbers: the figures are not the seeds’ own', () => {
    if (!built.ok) throw new Error('did not build');
    const seedValues = new Set(seeds.indicators.flatMap((i) => i.observations.map((o) => o.value)));
    const values = built.value.dataset.indicators.flatMap((i) => i.observations.map((o) => o.value));
    expect(values.filter((v) => !seedValues.has(v)).length).toBeGreaterThan(values.length * 0.6);
  });

  it('gives the same corpus for the same options, another for another seed', () => {
    const again = makeSyntheticCorpus(seeds, options);
    expect(JSON.stringify([...again.seeds])).toBe(JSON.stringify([...corpus.seeds]));
    expect(again.tables).toEqual(corpus.tables);
    const other = makeSyntheticCorpus(seeds, { ...options, seed: 4 });
    expect(other.tables.observations).not.toEqual(corpus.tables.observations);
  });
});
