// Writes the built dataset as the app reads it: indicators.json and, beside it, documents/<id>.<hash>.json
// and (a dataset larger than its first screen) parts/<n>.<hash>.json.
// Order keeps every moment consistent: new document and part files first (named for their content, so no
// file a current indicators.json points at is ever overwritten), then indicators.json atomically, and only
// then the files nothing points at any more. A failure at any point leaves the previous dataset whole.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WholeDataset } from '../../src/domain/dataset-schema';
import { splitDataset } from '../../src/domain/catalogue/split-dataset';
import { dateToIso } from '../../src/domain/period';
import { writeFileAtomic } from './write-atomic';

const digest = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 12);

function sameContent(path: string, json: string): boolean {
  return existsSync(path) && readFileSync(path, 'utf8') === json;
}

/** Remove the .json files of `folder` (documents/, parts/) that are not among `kept` (paths under root). */
function removeStale(root: string, folder: string, kept: readonly string[]): void {
  const dir = join(root, folder);
  if (!existsSync(dir)) return;
  const names = new Set(kept.map((p) => p.slice(folder.length + 1)));
  for (const name of readdirSync(dir))
    if (!names.has(name) && name.endsWith('.json')) rmSync(join(dir, name), { force: true });
}

/**
 * The dataset split into indicators.json at `out`, its document files and its parts; returns the files
 * written. `asOf`: the build day, the first part's order (defaults to today, local time).
 */
export function writeSplitDataset(out: string, whole: WholeDataset, asOf = dateToIso(new Date())): string[] {
  const { index, documents, parts } = splitDataset(whole, digest, { asOf });
  const root = dirname(out);
  const files = [...documents, ...parts];
  for (const f of files) {
    const path = join(root, f.path);
    if (!sameContent(path, f.json)) writeFileAtomic(path, f.json);
  }
  writeFileAtomic(out, JSON.stringify(index) + '\n');
  removeStale(
    root,
    'documents',
    documents.map((d) => d.path),
  );
  removeStale(
    root,
    'parts',
    parts.map((p) => p.path),
  );
  return [out, ...files.map((f) => join(root, f.path))];
}

/** The dataset in one file, texts and mentions inline (golden files, tools, tests). */
export function writeWholeDataset(out: string, whole: WholeDataset): string[] {
  writeFileAtomic(out, JSON.stringify(whole) + '\n');
  return [out];
}
