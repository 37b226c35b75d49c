// npm run --silent extract -- FILE [--candidates | --meta]
// Reads a document in any format seeds/ accepts (.txt, .html/.htm, .docx, .pdf) into its normalised text
// and prints its numeric mentions as a JSON array; with --candidates, a human-readable list of the figures
// not yet in the catalogue, each with its sentence; with --meta, what the document says about itself
// (title, sender, 文号, dates) as JSON, to pre-fill its row of data/documents.csv.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { buildDataset } from '../src/domain/catalogue/build-dataset';
import { readBuildInput, readSeed } from './lib/build-input';
import { normalizeText } from '../src/domain/text/normalize';
import { readDocumentMeta } from '../src/domain/text/document-meta';
import { extractMentions } from '../src/domain/extract/extract-mentions';
import { formatCandidates, type IsCatalogued, type Proposal } from '../src/domain/extract/candidates';
import { proposePeriod } from '../src/domain/draft/draft-period';
import { proposeSubject } from '../src/domain/draft/draft-subject';
import type { Mention } from '../src/domain/types';

function fail(file: string, message: string): never {
  process.stderr.write(`${file}: ${message}\n`);
  process.exit(1);
}

/**
 * A figure is catalogued when data/observations.csv uses it or data/ignored.csv ignores it. The build
 * works this out even while the catalogue still has problems; a file that data/documents.csv does not
 * list yet has every figure as a candidate.
 */
async function loadIsCatalogued(
  file: string,
): Promise<{ isCatalogued: IsCatalogued; note: string; published: string | null }> {
  const seedKey = `seeds/${basename(file)}`;
  const inSeeds = resolve(dirname(file)) === resolve('seeds');
  if (!inSeeds || !existsSync('data/documents.csv')) {
    return {
      isCatalogued: () => false,
      note: `${file} is not in seeds/: every figure is a candidate`,
      published: null,
    };
  }
  const built = buildDataset(await readBuildInput('data', 'seeds'));
  const offsets = built.reviewed.get(seedKey);
  if (!offsets) {
    return {
      isCatalogued: () => false,
      note: `${seedKey} is not in data/documents.csv yet: every figure is a candidate`,
      published: null,
    };
  }
  const row = built.ok ? built.value.dataset.documents.find((d) => d.file === seedKey) : undefined;
  return { isCatalogued: (m) => offsets.has(m.offset), note: '', published: row?.published ?? null };
}

/**
 * What a curator would write for each figure (src/domain/draft): its subject and basis, and — dated from the
 * document's publication day — its role and period.
 */
function proposals(text: string, mentions: Mention[], published: string | null): Proposal {
  const { written } = readDocumentMeta(text);
  return (index) => {
    const s = proposeSubject(text, mentions, index);
    const what = `${s.subject ?? '(no subject found)'}, ${s.basis}${s.basisCue ? ` (“${s.basisCue}”)` : ''}`;
    if (published === null) return what;
    const p = proposePeriod(text, mentions, index, published, written);
    const why = p.from === 'published' ? `the document's date ${published}` : `“${p.cue}”`;
    return `${what}; ${p.role} ${p.period} (from ${why})`;
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const candidates = argv.includes('--candidates');
  const meta = argv.includes('--meta');
  const files = argv.filter((a) => !a.startsWith('--'));
  const file = files[0];
  if (file === undefined || files.length > 1 || (candidates && meta)) {
    process.stderr.write('usage: npm run --silent extract -- FILE [--candidates | --meta]\n');
    process.exit(1);
  }
  if (!existsSync(file)) fail(file, 'no such file');
  if (statSync(file).isDirectory()) fail(file, 'is a directory');
  let read: Awaited<ReturnType<typeof readSeed>>;
  try {
    read = await readSeed(file);
  } catch (e) {
    fail(file, `could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!read.ok) fail(file, read.error);
  const text = normalizeText(read.value);
  if (meta) {
    process.stdout.write(`${JSON.stringify({ file, ...readDocumentMeta(text) }, null, 2)}\n`);
    return;
  }
  const mentions = extractMentions(text);
  if (candidates) {
    const { isCatalogued, note, published } = await loadIsCatalogued(file);
    if (note) process.stdout.write(`(${note})\n`);
    // A document not catalogued yet is dated by what its own header says (成文日期 / 发布日期), if anything.
    const own = readDocumentMeta(text);
    const date = published ?? own.published ?? own.written;
    if (date === null) process.stdout.write('(no publication date known: no role or period proposed)\n');
    process.stdout.write(formatCandidates(text, mentions, isCatalogued, proposals(text, mentions, date)));
  } else {
    process.stdout.write(`${JSON.stringify(mentions, null, 2)}\n`);
  }
}

await main(process.argv.slice(2));
