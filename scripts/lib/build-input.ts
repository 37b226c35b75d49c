import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TABLE_NAMES, type BuildInput } from '../../src/domain/catalogue/build-dataset';

/** Reads the curated tables of `dataDir` and every .txt file of `seedsDir` for the build. */
export function readBuildInput(dataDir = 'data', seedsDir = 'seeds'): BuildInput {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const path = join(dataDir, `${name}.csv`);
      return [name, existsSync(path) ? { file: path, bytes: readFileSync(path) } : null];
    }),
  ) as BuildInput['tables'];
  const seeds = new Map<string, Uint8Array>();
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).sort()) {
      if (name.endsWith('.txt')) seeds.set(`seeds/${basename(name)}`, readFileSync(join(seedsDir, name)));
    }
  }
  return { tables, seeds };
}
