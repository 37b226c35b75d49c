// npm run --silent extract -- FILE [--candidates]
// Prints the numeric mentions of any UTF-8 or GB18030 text file as a JSON array; with --candidates, a
// human-readable list of the figures not yet in the catalogue, each with its sentence.
import { readFileSync } from 'node:fs';
import { decodeDocument } from '../src/domain/text/decode';
import { normalizeText } from '../src/domain/text/normalize';
import { extractMentions } from '../src/domain/extract/extract-mentions';
import { formatCandidates, type IsCatalogued } from '../src/domain/extract/candidates';

function fail(file: string, message: string): never {
  process.stderr.write(`${file}: ${message}\n`);
  process.exit(1);
}

/*
 * ── CATALOGUE HOOK (for the lead) ──────────────────────────────────────────────────────────────────
 * `--candidates` lists figures for which this predicate is false. Wire it to the curated catalogue
 * (data/observations.csv + data/ignored.csv, matched by document text offset/quote) here; until then
 * every figure is a candidate.
 */
function loadIsCatalogued(_file: string, _text: string): IsCatalogued {
  return () => false;
}

function main(argv: readonly string[]): void {
  const candidates = argv.includes('--candidates');
  const files = argv.filter((a) => !a.startsWith('--'));
  const file = files[0];
  if (file === undefined || files.length > 1) {
    process.stderr.write('usage: npm run --silent extract -- FILE [--candidates]\n');
    process.exit(1);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(e));
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) fail(file, decoded.error);
  const text = normalizeText(decoded.value);
  const mentions = extractMentions(text);
  if (candidates) {
    process.stdout.write(formatCandidates(text, mentions, loadIsCatalogued(file, text)));
  } else {
    process.stdout.write(`${JSON.stringify(mentions, null, 2)}\n`);
  }
}

main(process.argv.slice(2));
