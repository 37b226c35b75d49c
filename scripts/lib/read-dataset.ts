// Reads a built dataset from disk as the tools need it: indicators.json with its indicators inline (one
// file: --whole, a small dataset, schema version 2 or 3), or a head with its part files beside it (version
// 3, split-dataset.ts), read and put back together in one value for the dataset schema to check.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDatasetHead } from '../../src/domain/dataset-head';

export interface DatasetJson {
  /** indicators.json as parsed. */
  index: unknown;
  /** The parts it lists, parsed, in order; empty for a dataset in one file. */
  parts: unknown[];
}

/** indicators.json at `path` and the parts it lists (throws on an unreadable file or bad JSON). */
export function readDatasetFiles(path: string): DatasetJson {
  const index: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isDatasetHead(index)) return { index, parts: [] };
  const parts = index.parts.map((ref) => {
    const file = (ref as { file?: unknown }).file;
    if (typeof file !== 'string' || !/^parts\/[\w.-]+\.json$/.test(file))
      throw new Error(`lists a part that is not a parts/<name>.json file: ${JSON.stringify(ref)}`);
    return JSON.parse(readFileSync(join(dirname(path), file), 'utf8')) as unknown;
  });
  return { index, parts };
}

/** The whole dataset at `path` as one JSON value, its parts joined (unchecked: the caller validates it). */
export function readDatasetJson(path: string): unknown {
  const { index, parts } = readDatasetFiles(path);
  if (parts.length === 0) return index;
  const {
    parts: _refs,
    indicatorCount: _n,
    documentCount: _d,
    order: _o,
    ...head
  } = index as Record<string, unknown>;
  const all = (key: string) => parts.flatMap((p) => ((p as Record<string, unknown>)[key] as unknown[]) ?? []);
  return { ...head, documents: all('documents'), indicators: all('indicators') };
}
