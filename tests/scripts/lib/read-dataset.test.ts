// The tools (exports, bulletin) read a dataset in parts as one: written by the build's writer, read back
// whole; a dataset in one file reads as before; a missing part is an error, not a smaller dataset.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../scripts/lib/export-cli';
import { readDatasetFiles } from '../../../scripts/lib/read-dataset';
import { makeSyntheticDataset } from '../../../scripts/lib/synthetic-dataset';
import { writeSplitDataset, writeWholeDataset } from '../../../scripts/lib/write-dataset';

const dir = mkdtempSync(join(tmpdir(), 'read-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();

describe('reading a built dataset', () => {
  const whole = makeSyntheticDataset({ indicators: 3500, regions: 20, seed: 3 });

  it('joins the parts of a split dataset into the whole, which the export CLI accepts', () => {
    const out = join(dir, 'split', 'indicators.json');
    writeSplitDataset(out, whole, '2025-06-30');
    expect(readDatasetFiles(out).parts).toHaveLength(3);
    const loaded = loadDataset(out);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(ids(loaded.value.indicators)).toEqual(ids(whole.indicators));
    expect(ids(loaded.value.documents)).toEqual(ids(whole.documents));
  });

  it('removes the parts a new build no longer lists, after writing the new ones', () => {
    const out = join(dir, 'split', 'indicators.json');
    writeSplitDataset(out, whole, '2025-06-30');
    writeSplitDataset(out, makeSyntheticDataset({ indicators: 3500, regions: 20, seed: 4 }), '2025-06-30');
    const listed = readDatasetFiles(out).parts.length;
    expect(readdirSync(join(dir, 'split', 'parts'))).toHaveLength(listed);
  });

  it('reads a dataset in one file as it is', () => {
    const out = join(dir, 'whole', 'indicators.json');
    writeWholeDataset(out, whole);
    const loaded = loadDataset(out);
    expect(loaded.ok && loaded.value.indicators.length).toBe(3500);
  });

  it('fails on a missing part rather than reading less', () => {
    const out = join(dir, 'missing', 'indicators.json');
    writeSplitDataset(out, whole, '2025-06-30');
    const partsDir = join(dir, 'missing', 'parts');
    rmSync(join(partsDir, readdirSync(partsDir).sort().at(-1)!));
    const loaded = loadDataset(out);
    expect(loaded.ok).toBe(false);
  });
});
