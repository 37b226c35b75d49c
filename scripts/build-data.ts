// npm run build:data [-- --data DIR --seeds DIR --out FILE --whole --strict --as-of YYYY-MM-DD]
// Reads the curated catalogue and the seed documents, checks everything, and writes the dataset
// atomically. On any problem it prints every problem as file:line: message, writes nothing and exits 1,
// so the previous dataset stays exactly as it was. The dataset is written split (indicators.json and a file per
// document beside it, scripts/lib/write-dataset.ts; above 100 indicators, the indicators in parts whose first is
// the default view's top as of --as-of, the build day, today by default); --whole writes it in one file
// (golden files, tools).
import { parseArgs } from 'node:util';
import { buildDataset, type BuildInput, type BuildOutput } from '../src/domain/catalogue/build-dataset';
import { formatProblem } from '../src/domain/catalogue/problem';
import { dateToIso, isIsoDate } from '../src/domain/period';
import { readBuildInput } from './lib/build-input';
import { writeSplitDataset, writeWholeDataset } from './lib/write-dataset';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data/indicators.json' },
    whole: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'as-of': { type: 'string' },
  },
});

/** A failure of the machine, not of the catalogue (unreadable folder, disk full): say so, write nothing. */
function fail(doing: string, error: unknown): never {
  console.error(`build:data: could not ${doing}: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`build:data: ${args.out} left unchanged.`);
  process.exit(2);
}

let input: BuildInput;
try {
  input = await readBuildInput(args.data, args.seeds);
} catch (error) {
  fail(`read ${args.data} and ${args.seeds}`, error);
}
const result = buildDataset(input);
if (!result.ok) {
  for (const p of result.error) console.error(formatProblem(p));
  console.error(`build:data: ${result.error.length} problem(s); ${args.out} left unchanged.`);
  process.exit(1);
}

const { dataset, summary, unreviewed, drafts } = result.value;
for (const p of unreviewed) console.error(`warning: ${formatProblem(p)}`);
const waiting = draftsWaiting(drafts);
if (waiting) console.error(`warning: ${waiting}`);
if (args.strict && (unreviewed.length > 0 || waiting)) {
  for (const r of drafts.rows)
    console.error(
      formatProblem({ ...r, message: 'a draft row (draft 1): --strict takes reviewed rows only' }),
    );
  if (waiting) console.error(`build:data: --strict: ${waiting}`);
  console.error(
    `build:data: ${unreviewed.length} unreviewed figure(s)${waiting ? ' and drafts' : ''} with --strict; ` +
      `${args.out} left unchanged.`,
  );
  process.exit(1);
}
/** What the draft rows ask of a curator, or null when the catalogue holds none. */
function draftsWaiting(d: BuildOutput['drafts']): string | null {
  if (d.rows.length === 0) return null;
  const shown =
    `${d.observations} draft observation(s) and ${d.indicators} draft indicator(s) wait for review ` +
    `(shown 待核) in ${d.observations > 0 || d.covered > 0 ? d.files.observations : d.files.indicators}` +
    (d.indicators > 0 ? ` and ${d.files.indicators}` : '');
  const covered =
    d.covered > 0
      ? `; ${d.covered} draft row(s) whose figure the reviewed rows already hold: delete them`
      : '';
  return `${shown}${covered}: review them with npm run review (or clear their draft mark once reviewed)`;
}

const asOf = args['as-of'] ?? dateToIso(new Date());
if (!isIsoDate(asOf)) {
  console.error(`build:data: --as-of ${asOf}: expected YYYY-MM-DD; ${args.out} left unchanged.`);
  process.exit(1);
}
try {
  if (args.whole) writeWholeDataset(args.out, dataset);
  else writeSplitDataset(args.out, dataset, asOf);
} catch (error) {
  fail(`write ${args.out}`, error);
}
if (!args.quiet) {
  const m = summary.mentions;
  console.log(
    `build:data: ${summary.documents} documents, ${summary.indicators} indicators, ` +
      `${summary.observations} observations (${summary.actuals} actual, ${summary.targets} target); ` +
      `mentions ${m.used} used / ${m.ignored} ignored / ${m.unreviewed} unreviewed → ${args.out}`,
  );
}
