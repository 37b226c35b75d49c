// npm run --silent draft -- seeds/FILE [--data DIR] [--seeds DIR]
// Drafts the catalogue rows for a document's unreviewed figures (src/domain/draft/draft-rows.ts) into
// data/drafts/indicators.csv and data/drafts/observations.csv — the catalogue's own columns, each row with a
// note saying what it rests on. The build shows them marked 待核 (src/domain/catalogue/drafts.ts) until a
// curator corrects each row and moves it into data/indicators.csv / data/observations.csv (or ignores the
// figure in data/ignored.csv). Rows already
// drafted are kept; a figure with a draft row is not drafted again. Writes atomically; on any problem,
// writes nothing and says why.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { buildDataset } from '../src/domain/catalogue/build-dataset';
import { formatProblem } from '../src/domain/catalogue/problem';
import { CSV_COLUMNS } from '../src/domain/catalogue/rows';
import type { Indicator } from '../src/domain/dataset-schema';
import { draftRows, type CsvRow } from '../src/domain/draft/draft-rows';
import { extractMentions } from '../src/domain/extract/extract-mentions';
import { readDocumentMeta } from '../src/domain/text/document-meta';
import { readBuildInput, readSeed } from './lib/build-input';
import { writeFileAtomic } from './lib/write-atomic';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: 'data' },
    seeds: { type: 'string', default: 'seeds' },
  },
});

function fail(message: string): never {
  process.stderr.write(`draft: ${message}\n`);
  process.exit(1);
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

async function main(): Promise<void> {
  const [file, ...more] = positionals;
  if (file === undefined || more.length > 0) fail('usage: npm run --silent draft -- seeds/FILE');
  const seedKey = `seeds/${basename(file)}`;
  const built = buildDataset(await readBuildInput(args.data, args.seeds));
  if (!built.ok)
    fail(`the catalogue has problems; fix them first:\n${built.error.map(formatProblem).join('\n')}`);
  const { dataset } = built.value;
  const doc = dataset.documents.find((d) => d.file === seedKey);
  if (!doc) {
    const read = await readSeed(file);
    const meta = read.ok ? readDocumentMeta(read.value) : null;
    fail(
      `${seedKey} is not in ${join(args.data, 'documents.csv')}: add its row first (what the document says ` +
        `about itself: ${JSON.stringify(meta)}), with its region and kind`,
    );
  }
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
  const write = (t: DraftTable) =>
    writeFileAtomic(
      files[t],
      Papa.unparse({ fields: columns(t), data: [...old[t], ...rows[t]] }, { newline: '\n' }) + '\n',
    );
  write('indicators');
  write('observations');
  process.stdout.write(
    `draft: ${seedKey}: ${unreviewed.size} unreviewed figure(s); drafted ${rows.observations.length} ` +
      `observation(s) and ${rows.indicators.length} new indicator(s) into ${dir}/\n`,
  );
  for (const s of rows.skipped) process.stdout.write(`  not drafted: @${s.offset} ${s.text}: ${s.why}\n`);
}

await main();
