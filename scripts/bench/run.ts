// `npm run bench`: prints, for this machine, each figure with its unit — the median of several runs with
// min and max beside it. Sections fail soft: one that cannot run says why and the others go on.
//
//   npm run bench -- [--only extract,bundle,browser,lighthouse,fonts,corpus,exports,draft] [--sizes 1,10,100] [--runs N]
//                    [--cpu-throttle N] [--no-build] [--record] [--filter-only] [--exports PPTX,ZIP]
//
// --exports: of the exports section, only the kinds whose labels start with these (e.g. PPTX).
// --filter-only: of the browser section, only the filter-change latency at 5,000 indicators (~30 s); of the
// corpus section, only that at 50,000 (the corpus built by an earlier run is reused).
// --record prepends the run to BENCHMARKS.md (newest first). The app is built into .bench/dist
// (--no-build reuses it), never into dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildForBench, benchBundle, BENCH_DIST } from './bundle-section';
import { benchBrowser, DEFAULT_BROWSER } from './browser-section';
import { benchExtraction, DEFAULT_EXTRACTION } from './extraction';
import { benchExports } from './export-section';
import { benchCorpus, DEFAULT_CORPUS } from './corpus-section';
import { benchDraft, DEFAULT_DRAFT_BENCH } from './draft-section';
import { benchFonts } from './font-section';
import { benchLighthouse } from './lighthouse-section';
import { machineLine } from './machine';
import type { SectionResult } from './section';

const SECTIONS = [
  'extract',
  'bundle',
  'browser',
  'lighthouse',
  'fonts',
  'corpus',
  'exports',
  'draft',
] as const;
type Section = (typeof SECTIONS)[number];

interface Args {
  only: Section[];
  sizes: number[];
  runs: number | null;
  cpuThrottle: number;
  build: boolean;
  record: boolean;
  filterOnly: boolean;
  exports: string[] | null;
}

/** The command line, read with node:util's parseArgs; an unknown option or section is an error. */
function readArgs(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'cpu-throttle': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      record: { type: 'boolean', default: false },
      'filter-only': { type: 'boolean', default: false },
      exports: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((s) => s.trim()) ?? [...SECTIONS];
  const bad = only.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (bad.length) throw new Error(`unknown section ${bad.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const clamp = (v: string | undefined, max: number) =>
    v === undefined ? null : Math.max(1, Math.min(max, Number(v) || 1));
  return {
    only: only as Section[],
    sizes:
      values.sizes
        ?.split(',')
        .map(Number)
        .filter((n) => n > 0) ?? DEFAULT_EXTRACTION.sizesMB,
    runs: clamp(values.runs, 50),
    cpuThrottle: clamp(values['cpu-throttle'], 20) ?? 1,
    build: !values['no-build'],
    record: values.record,
    filterOnly: values['filter-only'],
    exports: values.exports?.split(',').map((s) => s.trim()) ?? null,
  };
}

async function section(name: string, run: () => Promise<SectionResult> | SectionResult): Promise<string[]> {
  const t0 = performance.now();
  console.log(`\n== ${name}`);
  let lines: string[];
  try {
    lines = (await run()).lines;
  } catch (e) {
    lines = [`could not run: ${(e as Error).message.split('\n')[0]}`];
  }
  lines.push(`(section took ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  for (const l of lines) console.log(l);
  return [`### ${name}`, '```', ...lines, '```'];
}

function prependRecord(entry: string): void {
  const path = 'BENCHMARKS.md';
  const header =
    '# Benchmarks\n\nFigures of `npm run bench` runs, newest first. Each figure is the median of several runs with min and max beside it.\n';
  const text = existsSync(path) ? readFileSync(path, 'utf8') : header;
  const cut = text.indexOf('\n## ');
  const head = cut >= 0 ? text.slice(0, cut + 1) : `${text.trimEnd()}\n\n`;
  const rest = cut >= 0 ? text.slice(cut + 1) : '';
  writeFileSync(path, `${head}${entry}\n${rest}`);
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const machine = machineLine();
  const started = new Date();
  console.log(`machine: ${machine}\ndate: ${started.toISOString()}`);
  const out: string[] = [];
  const wants = (s: Section) => args.only.includes(s);

  if (wants('extract')) {
    out.push(
      ...(await section('1. Extraction (decode + normalise + extract, one core)', () =>
        benchExtraction({
          ...DEFAULT_EXTRACTION,
          sizesMB: args.sizes,
          runs: args.runs ? () => args.runs! : DEFAULT_EXTRACTION.runs,
        }),
      )),
    );
  }

  let buildError: string | null = null;
  if (
    args.build &&
    (wants('bundle') ||
      wants('browser') ||
      wants('lighthouse') ||
      wants('fonts') ||
      wants('corpus') ||
      wants('exports'))
  ) {
    try {
      // The real dataset is only needed by the browser sections; without it they say so and go on.
      if (!existsSync('public/data/indicators.json')) {
        try {
          execFileSync('npm', ['run', '--silent', 'build:data'], { stdio: 'inherit', timeout: 300_000 });
        } catch {
          console.log('build:data failed: the build has no data/indicators.json');
        }
      }
      console.log(`\nbuilding the app into ${BENCH_DIST} …`);
      await buildForBench();
    } catch (e) {
      buildError = `the build failed: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  const needBuild =
    <T>(run: () => T): (() => T) =>
    () => {
      if (buildError) throw new Error(buildError);
      return run();
    };

  if (wants('bundle'))
    out.push(
      ...(await section(
        '2. Bundle',
        needBuild(() => benchBundle()),
      )),
    );
  if (wants('browser'))
    out.push(
      ...(await section(
        '3. Headless chromium',
        needBuild(() =>
          benchBrowser({
            ...DEFAULT_BROWSER,
            runs: args.runs ?? DEFAULT_BROWSER.runs,
            cpuThrottle: args.cpuThrottle,
            filterOnly: args.filterOnly,
          }),
        ),
      )),
    );
  if (wants('lighthouse'))
    out.push(
      ...(await section(
        '4. Lighthouse (mobile)',
        needBuild(() => {
          const synthetic = `${BENCH_DIST}-synthetic-${DEFAULT_BROWSER.syntheticIndicators}`;
          return benchLighthouse(
            [
              ['real dataset', BENCH_DIST],
              ['synthetic 5000', synthetic],
            ],
            args.runs ? Math.min(args.runs, 5) : 3,
          );
        }),
      )),
    );

  if (wants('fonts'))
    out.push(
      ...(await section(
        '5. The first screen without a CJK font',
        needBuild(() => benchFonts(BENCH_DIST, args.runs ?? 5)),
      )),
    );

  if (wants('corpus'))
    out.push(
      ...(await section(
        '6. 2,000 documents, 50,000 indicators (synthetic corpus from the seeds)',
        needBuild(() =>
          benchCorpus({
            ...DEFAULT_CORPUS,
            ...(args.runs ? { browserRuns: args.runs } : {}),
            filterOnly: args.filterOnly,
          }),
        ),
      )),
    );

  if (wants('exports'))
    out.push(
      ...(await section(
        '7. Exports of the real dataset (click to download, file size)',
        needBuild(() => benchExports(BENCH_DIST, args.runs ?? 3, args.exports)),
      )),
    );

  if (wants('draft'))
    out.push(
      ...(await section('8. Drafting (extract + draft every figure, one core)', () =>
        benchDraft({ ...DEFAULT_DRAFT_BENCH, ...(args.runs ? { runs: args.runs } : {}) }),
      )),
    );

  if (args.record) {
    const cmd = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      } catch {
        return 'n/a';
      }
    })();
    prependRecord(
      [
        `## ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${commit}`,
        '',
        `- machine: ${machine}`,
        `- command: \`${cmd}\``,
        '',
        ...out,
        '',
      ].join('\n'),
    );
    console.log('\nrecorded in BENCHMARKS.md');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
