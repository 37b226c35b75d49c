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
//   --write  (seeds/FILE listed in data/documents.csv) drafts the document's unreviewed figures into
//            data/drafts/indicators.csv and data/drafts/observations.csv — the catalogue's own columns, each
//            row with a note saying what it rests on. The build shows them marked 待核
//            (src/domain/catalogue/drafts.ts) until a curator corrects each row and moves it into
//            data/indicators.csv / data/observations.csv (or ignores the figure in data/ignored.csv). Rows
//            already drafted are kept; a figure with a draft row is not drafted again. Writes atomically.
// On any problem, writes nothing and says why: `draft: FILE: problem`, exit 2 for the command line, 1 for
// the file or the catalogue.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { buildDataset } from '../src/domain/catalogue/build-dataset';
import { formatProblem } from '../src/domain/catalogue/problem';
import { CSV_COLUMNS } from '../src/domain/catalogue/rows';
import type { Dataset, Indicator } from '../src/domain/dataset-schema';
import { regionNames } from '../src/domain/draft/draft-region';
import { draftDocument, draftProposals } from '../src/domain/draft/draft-proposals';
import { draftRows, type CsvRow } from '../src/domain/draft/draft-rows';
import { extractMentions } from '../src/domain/extract/extract-mentions';
import { sentenceAround } from '../src/domain/extract/sentence';
import { readDocumentMeta } from '../src/domain/text/document-meta';
import { normalizeText } from '../src/domain/text/normalize';
import { readBuildInput, readSeed } from './lib/build-input';
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
const columns = (t: DraftTable) => [...CSV_COLUMNS[t].required, ...CSV_COLUMNS[t].optional];

function readDrafts(file: string): CsvRow[] {
  if (!existsSync(file)) return [];
  const parsed = Papa.parse<CsvRow>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.replace(/^\uFEFF/, '').trim(),
  });
  if (parsed.errors.length > 0)
    fail(`${file}:${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

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
  const built = buildDataset(await readBuildInput(args.data, args.seeds));
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
  return write(seedKey, { ...doc, text: doc.text ?? text }, dataset);
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

/** --write: the document's unreviewed figures into data/drafts/. */
function write(
  seedKey: string,
  doc: Dataset['documents'][number] & { text: string },
  dataset: Dataset,
): void {
  const dir = join(args.data, 'drafts');
  const files = { indicators: join(dir, 'indicators.csv'), observations: join(dir, 'observations.csv') };
  const old = { indicators: readDrafts(files.indicators), observations: readDrafts(files.observations) };
  const mentions = extractMentions(doc.text);
  // Figures already drafted (inside a drafted quote of this document) are not drafted again.
  const drafted = old.observations
    .filter((o) => o.document === doc.id && o.quote)
    .map((o) => ({ at: doc.text.indexOf(o.quote!), length: o.quote!.length }))
    .filter((q) => q.at >= 0);
  const unreviewed = new Set(
    (dataset.mentions ?? [])
      .filter((m) => m.document === doc.id && m.status === 'unreviewed')
      .filter((m) => !drafted.some((q) => m.offset >= q.at && m.offset < q.at + q.length))
      .map((m) => m.offset),
  );
  const known: Indicator[] = [
    ...dataset.indicators,
    ...old.indicators.map(
      (r) =>
        ({
          id: r.id,
          name: { zh: r.name_zh, en: r.name_en },
          region: r.region,
          topic: r.topic,
          unit: r.unit,
          measure: r.measure,
          direction: r.direction,
          observations: [],
        }) as unknown as Indicator,
    ),
  ];
  const rows = draftRows({
    document: doc,
    mentions,
    unreviewed,
    indicators: known,
    regions: dataset.regions,
  });
  const save = (t: DraftTable) =>
    writeFileAtomic(
      files[t],
      Papa.unparse({ fields: columns(t), data: [...old[t], ...rows[t]] }, { newline: '\n' }) + '\n',
    );
  save('indicators');
  save('observations');
  process.stdout.write(
    `draft: ${seedKey}: ${unreviewed.size} unreviewed figure(s); drafted ${rows.observations.length} ` +
      `observation(s) and ${rows.indicators.length} new indicator(s) into ${dir}/\n`,
  );
  for (const s of rows.ignored)
    process.stdout.write(`  proposed as ignored: @${s.offset} ${s.text}: ${s.why}\n`);
  for (const s of rows.skipped) process.stdout.write(`  not drafted: @${s.offset} ${s.text}: ${s.why}\n`);
}

await main(FILE!);
