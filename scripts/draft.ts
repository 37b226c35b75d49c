// npm run --silent draft -- FILE [--published YYYY-MM-DD] [--json | --write] [--data DIR] [--seeds DIR]
// The drafts of a document (issue 18): for each figure, the catalogue row a curator would write
// (src/domain/draft). FILE is any document in a format seeds/ accepts (scripts/lib/read-format), listed in
// data/documents.csv or not; every figure of it is drafted, reviewed or not, against the catalogue's
// indicators and regions, and nothing is written:
//   --json   a JSON array, one object per proposed observation (src/domain/draft/draft-proposals.ts), with
//            its offset into the normalised text and a confidence; numbers that are no figures, and figures
//            left without a row (no subject in their clause), are left out;
//   (none)   the same as a readable list, each figure with its sentence, then the figures not drafted.
// The document's date: --published, else its catalogue row's, else what it says about itself
// (src/domain/text/document-meta.ts), else none: a period resolved from it is then null.
//   --write  (seeds/FILE listed in data/documents.csv) appends the document's unreviewed figures to
//            data/observations.csv (and the new indicators they need to data/indicators.csv) as rows marked
//            draft (the `draft` column, 1, added to a header that lacks it) — each row with a note saying
//            what it rests on. Every other byte of the files is kept: reviewed rows are never touched. The
//            build shows draft rows marked 待核 (src/domain/catalogue/drafts.ts) until a curator reviews
//            them (npm run review). A figure inside the quote of a draft row is not drafted again, so a
//            second run adds nothing. The rows are checked by the build before anything is written.
// On any problem, writes nothing and says why: `draft: FILE: problem`, exit 2 for the command line, 1 for
// the file or the catalogue.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, type BuildInput } from '../src/domain/catalogue/build-dataset';
import { formatProblem } from '../src/domain/catalogue/problem';
import { readTables } from '../src/domain/catalogue/read-tables';
import { DRAFT_COLUMN, DRAFT_MARK } from '../src/domain/catalogue/rows';
import type { Dataset } from '../src/domain/dataset-schema';
import { regionNames } from '../src/domain/draft/draft-region';
import { draftDocument, draftProposals } from '../src/domain/draft/draft-proposals';
import { draftRows, type CsvRow } from '../src/domain/draft/draft-rows';
import { extractMentions } from '../src/domain/extract/extract-mentions';
import { sentenceAround } from '../src/domain/extract/sentence';
import { readDocumentMeta } from '../src/domain/text/document-meta';
import { normalizeText } from '../src/domain/text/normalize';
import { readBuildInput, readSeed } from './lib/build-input';
import { appendRow, headerOf, withColumn } from './lib/review/csv-append';
import { writeFileAtomic } from './lib/write-atomic';

const USAGE =
  'usage: npm run --silent draft -- FILE [--published YYYY-MM-DD] [--json | --write] [--data DIR] [--seeds DIR]';

/** Says what is wrong and exits: 2 for the command line, 1 for the file or the catalogue. */
function fail(message: string, code: 1 | 2 = 1): never {
  process.stderr.write(`draft: ${message}\n`);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        data: { type: 'string', default: 'data' },
        seeds: { type: 'string', default: 'seeds' },
        published: { type: 'string' },
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
}

const { values: args, positionals } = readArgs();
const [FILE, ...MORE] = positionals;
if (FILE === undefined || MORE.length > 0) fail(USAGE, 2);
if (args.json && args.write) fail(`${FILE}: --json and --write do not go together\n${USAGE}`, 2);
if (args.published !== undefined && !isDate(args.published))
  fail(`${FILE}: --published ${JSON.stringify(args.published)} is no date YYYY-MM-DD`, 2);

/** A real calendar date written YYYY-MM-DD. */
function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type DraftTable = 'indicators' | 'observations';

/** The document as text, or `draft: FILE: problem` (exit 1): missing, a folder, unreadable, unknown format. */
async function readFileText(file: string): Promise<string> {
  if (!existsSync(file)) fail(`${file}: no such file`);
  if (!statSync(file).isFile()) fail(`${file}: not a file`);
  let read;
  try {
    read = await readSeed(file);
  } catch (e) {
    fail(`${file}: could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!read.ok) fail(`${file}: ${read.error}`);
  return normalizeText(read.value);
}

async function main(file: string): Promise<void> {
  const text = await readFileText(file);
  const input = await readBuildInput(args.data, args.seeds);
  const built = buildDataset(input);
  if (!built.ok)
    fail(`the catalogue has problems; fix them first:\n${built.error.map(formatProblem).join('\n')}`);
  const { dataset } = built.value;
  // Listed: the file is seeds/NAME itself and data/documents.csv has its row.
  const seedKey = `seeds/${basename(file)}`;
  const listed = resolve(file) === resolve(args.seeds, basename(file));
  const doc = listed ? dataset.documents.find((d) => d.file === seedKey) : undefined;
  if (!args.write) return show(file, text, doc, dataset);
  if (!doc) {
    fail(
      `${seedKey} is not in ${join(args.data, 'documents.csv')}: add its row first (what the document says ` +
        `about itself: ${JSON.stringify(readDocumentMeta(text))}), with its region and kind`,
    );
  }
  return write(seedKey, { ...doc, text: doc.text ?? text }, dataset, input);
}

/** The region a document not in the catalogue is of: named by its sender, its title or its head, else the root. */
function guessRegion(text: string, dataset: Dataset): string {
  const meta = readDocumentMeta(text);
  const names = regionNames(dataset.regions);
  for (const where of [meta.issuer, meta.publisher, meta.title, text.slice(0, 2000)]) {
    const hit = where ? names.find((n) => where.includes(n.name)) : undefined;
    if (hit) return hit.id;
  }
  return dataset.regions.find((r) => !r.parent)?.id ?? '';
}

/** --json, or the readable list: every figure of the document drafted; nothing written. */
function show(file: string, read: string, doc: Dataset['documents'][number] | undefined, dataset: Dataset) {
  const text = doc?.text ?? read;
  const meta = doc ? null : readDocumentMeta(text);
  const published = args.published ?? doc?.published ?? meta?.published ?? meta?.written ?? null;
  const region = doc?.region ?? guessRegion(text, dataset);
  const id = doc?.id ?? basename(file, extname(file));
  // Without a date, roles are judged against today's; periods resolved from the date are null.
  const today = new Date().toISOString().slice(0, 10);
  const { rows } = draftDocument(
    { id, text, published: published ?? today, region },
    dataset.indicators,
    dataset.regions,
  );
  const proposals = draftProposals(rows, { dated: published !== null, regionGuessed: !doc });
  if (args.json) {
    process.stdout.write(JSON.stringify(proposals, null, 2) + '\n');
    return;
  }
  const out: string[] = [
    `${file}: ${proposals.length} figure(s) drafted; dated ${published ?? 'unknown'}` +
      `${args.published ? ' (--published)' : doc ? ' (catalogue)' : published ? ' (from the document)' : ''}` +
      `, region ${region}${doc ? '' : ' (guessed)'}`,
  ];
  for (const p of proposals) {
    const s = sentenceAround(text, p.offset);
    out.push(
      '',
      `@${p.offset} ${p.text}: ${p.value}${p.unit ? ` ${p.unit}` : ''}${p.qualifier === '=' ? '' : ` (${p.qualifier})`}` +
        ` · ${p.role} ${p.period ?? '(no date)'} · ${p.basis} · ${p.subject} · ${p.region}` +
        ` · ${p.indicator ?? 'new indicator'} · confidence ${p.confidence}`,
      `  ${text.slice(s.start, s.end).trim()}`,
    );
  }
  if (rows.ignored.length > 0) out.push('', 'proposed as ignored (no indicator figure):');
  for (const s of rows.ignored) out.push(`  @${s.offset} ${s.text}: ${s.why}`);
  if (rows.skipped.length > 0) out.push('', 'not drafted:');
  for (const s of rows.skipped) out.push(`  @${s.offset} ${s.text}: ${s.why}`);
  process.stdout.write(out.join('\n') + '\n');
}

/** --write: the document's unreviewed figures appended to the catalogue's tables as draft rows. */
function write(
  seedKey: string,
  doc: Dataset['documents'][number] & { text: string },
  dataset: Dataset,
  input: BuildInput,
): void {
  const { catalogue } = readTables(input.tables);
  const mentions = extractMentions(doc.text);
  // Figures already drafted (inside the quote of a draft row of this document) are not drafted again.
  const drafted = catalogue.observations
    .filter(({ row }) => row.draft && row.document === doc.id)
    .map(({ row }) => normalizeText(row.quote))
    .map((quote) => ({ at: doc.text.indexOf(quote), length: quote.length }))
    .filter((q) => q.at >= 0);
  const unreviewed = new Set(
    (dataset.mentions ?? [])
      .filter((m) => m.document === doc.id && m.status === 'unreviewed')
      .filter((m) => !drafted.some((q) => m.offset >= q.at && m.offset < q.at + q.length))
      .map((m) => m.offset),
  );
  // Every indicator row, reviewed or draft (shown or not): continued, or its id not taken again.
  const known = catalogue.indicators.map(({ row }) => ({
    id: row.id,
    name: { zh: row.name_zh, en: row.name_en },
    region: row.region,
    topic: row.topic,
    unit: row.unit,
    measure: row.measure,
    direction: row.direction,
  }));
  const rows = draftRows({
    document: doc,
    mentions,
    unreviewed,
    indicators: known,
    regions: dataset.regions,
  });
  const said = (what: string) =>
    process.stdout.write(
      `draft: ${seedKey}: ${unreviewed.size} unreviewed figure(s) without a draft row; drafted ` +
        `${rows.observations.length} observation(s) and ${rows.indicators.length} new indicator(s)${what}\n`,
    );
  if (rows.observations.length === 0) {
    said('; nothing written');
  } else {
    const tables = { ...input.tables };
    const files: DraftTable[] =
      rows.indicators.length > 0 ? ['indicators', 'observations'] : ['observations'];
    for (const t of files) tables[t] = { ...tables[t]!, bytes: appendDrafts(tables[t]!.bytes, rows[t]) };
    // The build checks the rows as it will read them: nothing is written that would break it.
    const after = buildDataset({ ...input, tables });
    if (!after.ok)
      fail(`the draft rows would not build, nothing written:\n${after.error.map(formatProblem).join('\n')}`);
    // Indicators first: an indicator row without its observations yet is a lesser fault than the reverse.
    for (const t of files) writeFileAtomic(tables[t]!.file, tables[t]!.bytes);
    said(` into ${files.map((t) => tables[t]!.file).join(' and ')}, marked draft`);
  }
  for (const s of rows.ignored)
    process.stdout.write(`  proposed as ignored: @${s.offset} ${s.text}: ${s.why}\n`);
  for (const s of rows.skipped) process.stdout.write(`  not drafted: @${s.offset} ${s.text}: ${s.why}\n`);
}

/** The table's bytes with the rows appended, marked draft; the column added to a header without it. */
function appendDrafts(bytes: Uint8Array, rows: readonly CsvRow[]): Uint8Array {
  let out = headerOf(bytes).includes(DRAFT_COLUMN) ? Buffer.from(bytes) : withColumn(bytes, DRAFT_COLUMN);
  for (const row of rows) out = appendRow(out, { ...row, [DRAFT_COLUMN]: DRAFT_MARK });
  return out;
}

await main(FILE!);
