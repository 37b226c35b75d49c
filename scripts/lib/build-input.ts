import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BuildInput } from '../../src/domain/catalogue/build-dataset';
import { MAX_DOCUMENT_BYTES } from '../../src/domain/catalogue/read-documents';
import { MAX_TABLE_BYTES, TABLE_NAMES } from '../../src/domain/catalogue/read-tables';

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

/** Reads the curated tables of `dataDir` and every .txt file of `seedsDir` for the build. */
export function readBuildInput(dataDir = 'data', seedsDir = 'seeds'): BuildInput {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const path = join(dataDir, `${name}.csv`);
      return [name, existsSync(path) ? { file: path, bytes: readAtMost(path, MAX_TABLE_BYTES) } : null];
    }),
  ) as BuildInput['tables'];
  const seeds = new Map<string, Uint8Array>();
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).sort()) {
      if (name.endsWith('.txt'))
        seeds.set(`seeds/${basename(name)}`, readAtMost(join(seedsDir, name), MAX_DOCUMENT_BYTES));
    }
  }
  return { tables, seeds };
}
