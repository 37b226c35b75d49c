// The name a dropped document is saved under in seeds/: a plain file name (no folder, no "..", not hidden) of
// a format seeds/ reads, with anything but letters, digits, "-", "_" and "." replaced, and a number added
// rather than overwriting a file that is there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_EXTENSIONS, seedExtension } from '../../../src/domain/text/seed-formats';
import type { Result } from '../../../src/domain/types';

const MAX_NAME = 120;

export function uploadName(given: string, seedsDir: string): Result<string> {
  if (given === '' || given.length > 255) return { ok: false, error: 'a file name of 1 to 255 characters' };
  if (/[/\\\0]/.test(given) || given.includes('..') || given.startsWith('.'))
    return { ok: false, error: `refused: "${given}" is not a plain file name (no folders, no "..")` };
  const ext = seedExtension(given);
  if (ext === null)
    return {
      ok: false,
      error: `refused: "${given}" is not a document seeds/ reads (${SEED_EXTENSIONS.map((e) => `.${e}`).join(', ')})`,
    };
  const stem =
    given
      .slice(0, given.length - ext.length - 1)
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, MAX_NAME) || 'document';
  for (let n = 0; n < 1000; n++) {
    const name = `${stem}${n ? `-${n}` : ''}.${ext}`;
    if (!existsSync(join(seedsDir, name))) return { ok: true, value: name };
  }
  return { ok: false, error: `too many files named ${stem}.${ext} in seeds/` };
}
