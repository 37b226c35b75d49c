// npm run build:data [-- --data DIR --seeds DIR --out FILE --whole --strict]
// Reads the curated catalogue and the seed documents, checks everything, and writes the dataset
// atomically. On any problem it prints every problem as file:line: message, writes nothing and exits 1,
// so the previous dataset stays exactly as it was. The dataset is written split (indicators.json and a file per
// document beside it, scripts/lib/write-dataset.ts); --whole writes it in one file (golden files, tools).
import { parseArgs } from 'node:util';
import { buildDataset, type BuildInput } from '../src/domain/catalogue/build-dataset';
import { formatProblem } from '../src/domain/catalogue/problem';
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

const { dataset, summary, unreviewed } = result.value;
for (const p of unreviewed) console.error(`warning: ${formatProblem(p)}`);
if (args.strict && unreviewed.length > 0) {
  console.error(
    `build:data: ${unreviewed.length} unreviewed figure(s) with --strict; ${args.out} left unchanged.`,
  );
  process.exit(1);
}
try {
  (args.whole ? writeWholeDataset : writeSplitDataset)(args.out, dataset);
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
