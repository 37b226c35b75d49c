// Writes the built dataset as the app reads it: indicators.json and, beside it, documents/<id>.<hash>.json.
// Order keeps every moment consistent: new document files first (named for their content, so no file a
// current indicators.json points at is ever overwritten), then indicators.json atomically, and only then
// the document files nothing points at any more. A failure at any point leaves the previous dataset whole.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WholeDataset } from '../../src/domain/dataset-schema';
import { splitDataset } from '../../src/domain/catalogue/split-dataset';
import { writeFileAtomic } from './write-atomic';

const digest = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 12);

function sameContent(path: string, json: string): boolean {
  return existsSync(path) && readFileSync(path, 'utf8') === json;
}

/** The dataset split into indicators.json at `out` and its document files; returns the files written. */
export function writeSplitDataset(out: string, whole: WholeDataset): string[] {
  const { index, documents } = splitDataset(whole, digest);
  const root = dirname(out);
  for (const d of documents) {
    const path = join(root, d.path);
    if (!sameContent(path, d.json)) writeFileAtomic(path, d.json);
  }
  writeFileAtomic(out, JSON.stringify(index) + '\n');
  const kept = new Set(documents.map((d) => d.path.slice('documents/'.length)));
  const folder = join(root, 'documents');
  for (const name of readdirSync(folder))
    if (!kept.has(name) && name.endsWith('.json')) rmSync(join(folder, name), { force: true });
  return [out, ...documents.map((d) => join(root, d.path))];
}

/** The dataset in one file, texts and mentions inline (golden files, tools, tests). */
export function writeWholeDataset(out: string, whole: WholeDataset): string[] {
  writeFileAtomic(out, JSON.stringify(whole) + '\n');
  return [out];
}
