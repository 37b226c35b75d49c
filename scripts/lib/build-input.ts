import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInput } from '../../src/domain/catalogue/build-dataset';
import { MAX_TABLE_BYTES, TABLE_NAMES } from '../../src/domain/catalogue/read-tables';
import type { Result } from '../../src/domain/types';
import { fileLimit, readSeedText } from './read-format/read-seed-text';

/** The file's bytes, but never more than `limit + 1` of them: a huge file is refused without being read. */
function readAtMost(path: string, limit: number): Uint8Array {
  const size = statSync(path).size;
  const buffer = Buffer.alloc(Math.min(size, limit + 1));
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the curated tables of `dataDir` (draft rows included) and every file of `seedsDir` (hidden files and
 * folders aside) for the build, each document as its text in whatever format it comes (scripts/lib/read-format), or as the reason
 * it cannot be read; a file of a format seeds/ does not accept is passed on unread, for the build to name.
 */
export async function readBuildInput(dataDir = 'data', seedsDir = 'seeds'): Promise<BuildInput> {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const path = join(dataDir, `${name}.csv`);
      return [name, existsSync(path) ? { file: path, bytes: readAtMost(path, MAX_TABLE_BYTES) } : null];
    }),
  ) as BuildInput['tables'];
  const seeds = new Map<string, Result<string>>();
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).sort()) {
      const path = join(seedsDir, name);
      if (name.startsWith('.') || !statSync(path).isFile()) continue;
      seeds.set(`seeds/${name}`, await readSeed(path));
    }
  }
  return { tables, seeds };
}

/** One document file as text, or why not: read no more of it than its format's limit allows. */
export async function readSeed(path: string): Promise<Result<string>> {
  return readSeedText(path, readAtMost(path, fileLimit(path)));
}
