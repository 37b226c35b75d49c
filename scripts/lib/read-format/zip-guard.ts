// A DOCX is a ZIP archive, and a ZIP can unpack to far more than it weighs (a zip bomb: a few KB that
// inflate to gigabytes). Before any library inflates it, its central directory's declared sizes are
// checked against a limit; then every entry is inflated as a stream and counted, so an archive that lies
// about an entry's size is stopped as soon as it passes it, and the total is capped, never held whole.
import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import type { Result } from '../../../src/domain/types';

/** Unpacked bytes a Word document may hold: its XML is a few MB even with many tables; images add some. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Entries a Word document has: tens, a few hundred with many images. */
export const MAX_ENTRIES = 2000;

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export function checkZip(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Result<UnzipFileInfo[]> {
  const entries: UnzipFileInfo[] = [];
  try {
    // The filter sees each entry's central-directory record and declines it: nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch (e) {
    return { ok: false, error: `damaged or cut off (not a readable ZIP archive: ${(e as Error).message})` };
  }
  if (entries.length > MAX_ENTRIES)
    return {
      ok: false,
      error: `${entries.length} files inside, more than a Word document has (${MAX_ENTRIES})`,
    };
  const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (declared > limit) {
    return {
      ok: false,
      error: `declares ${mb(declared)} unpacked, over the ${mb(limit)} limit (a zip bomb?): refused unread`,
    };
  }
  const actual = inflatedWithin(bytes, limit);
  if (!actual.ok) return actual;
  return { ok: true, value: entries };
}

/** Inflates every entry as a stream, counting; stops as soon as the total passes `limit`. */
function inflatedWithin(bytes: Uint8Array, limit: number): Result<number> {
  let total = 0;
  let over = false;
  let lying: string | null = null;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    let inflated = 0;
    file.ondata = (err, chunk) => {
      if (err) {
        problem ??= `damaged: ${file.name} does not inflate (${err.message})`;
        return;
      }
      total += chunk.length;
      inflated += chunk.length;
      // originalSize is unknown (undefined) for an entry whose sizes follow its data.
      if (file.originalSize !== undefined && inflated > file.originalSize && !lying) {
        lying = file.name;
        file.terminate();
      }
      if (total > limit && !over) {
        over = true;
        file.terminate();
      }
    };
    if (file.compression === 0 || file.compression === 8) file.start();
  });
  unzip.register(UnzipInflate);
  // Small pushes: DEFLATE reaches ~1000:1, so a 4 KB push can unpack to ~4 MB before the check runs.
  const CHUNK = 4 * 1024;
  try {
    for (let at = 0; at < bytes.length && !over && !lying && !problem; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    problem ??= `damaged (${(e as Error).message})`;
  }
  if (lying !== null) {
    return {
      ok: false,
      error: `${lying as string} unpacks to more than it declares (a zip bomb, or a damaged file): refused`,
    };
  }
  if (over) {
    return {
      ok: false,
      error: `unpacks to more than the ${mb(limit)} limit although it declares less (a zip bomb): refused`,
    };
  }
  if (problem) return { ok: false, error: problem };
  return { ok: true, value: total };
}
