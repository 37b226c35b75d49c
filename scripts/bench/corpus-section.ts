// Section 6: the product at the size it will reach (issue 20) — a synthetic corpus grown from the seeds
// (scripts/lib/synthetic-corpus.ts) of 200 and 2,000 documents (5,000 and 50,000 indicators, 500 regions).
// The real build (`scripts/build-data.ts`) over each, on one core (taskset), timed with its peak memory;
// the files it writes; and the built page over the 50,000 indicators in headless chromium.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import { readBuildInput } from '../lib/build-input';
import { launch, SUBPATH } from '../lib/browser';
import { startStaticServer } from '../lib/static-server';
import { formatSummary, kb, summarize } from '../lib/stats';
import { makeSyntheticCorpus, writeCorpus } from '../lib/synthetic-corpus';
import { localToday, prerender } from '../prerender';
import { datasetFigures, DEFAULT_BROWSER, filterLatency } from './browser-section';
import { BENCH_SSR } from './bundle-section';
import type { SectionResult } from './section';

export interface CorpusBenchOptions {
  dist: string;
  /** Documents of the small and the large corpus (25 indicators each). */
  sizes: [number, number];
  buildRuns: number;
  browserRuns: number;
  /** Skip the page (build figures only). */
  withBrowser: boolean;
  /**
   * Only the filter-change latency over the large corpus (`--filter-only`): no build timings, and the
   * corpus already built in `.bench/corpus-<n>/out` is reused when it is there.
   */
  filterOnly?: boolean;
}

export const DEFAULT_CORPUS: CorpusBenchOptions = {
  dist: '.bench/dist',
  sizes: [200, 2000],
  buildRuns: 3,
  browserRuns: 5,
  withBrowser: true,
};

const PER_DOCUMENT = 25;
const REGIONS = 500;

async function generate(documents: number): Promise<string> {
  const base = buildDataset(await readBuildInput('data', 'seeds'));
  if (!base.ok) throw new Error('the seeds do not build: run npm run build:data');
  const dir = `.bench/corpus-${documents}`;
  const corpus = makeSyntheticCorpus(base.value.dataset, {
    documents,
    indicatorsPerDocument: PER_DOCUMENT,
    regions: REGIONS,
    seed: 20,
  });
  writeCorpus(dir, corpus);
  return dir;
}

interface BuildRun {
  seconds: number;
  peakMiB: number;
}

/** One build of `dir` on one core, as a user runs it; wall time and peak RSS from GNU time. */
function buildOnce(dir: string): BuildRun {
  const out = join(dir, 'out', 'indicators.json');
  const cmd = [
    '-f',
    '%e %M',
    'taskset',
    '-c',
    '0',
    'node_modules/.bin/tsx',
    'scripts/build-data.ts',
    '--quiet',
    '--data',
    join(dir, 'data'),
    '--seeds',
    join(dir, 'seeds'),
    '--out',
    out,
  ];
  const run = spawnSync('/usr/bin/time', cmd, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0)
    throw new Error(`build of ${dir} failed: ${run.stderr.split('\n').slice(-3).join(' ')}`);
  const [seconds, kib] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMiB: kib! / 1024 };
}

function gzipOfFolder(dir: string): { files: number; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const names = readdirSync(dir);
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: names.length, raw, gzip };
}

interface Sized {
  name: string;
  raw: number;
  gzip: number;
}

const sum = (files: readonly Sized[], key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0);

function sized(dir: string, name: string): Sized {
  const bytes = readFileSync(join(dir, name));
  return {
    name: name.replace(/^parts\/(\d+)\..*$/, 'part $1'),
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
  };
}

/**
 * The dataset's files the page fetches before it is live (indicators.json and, for a dataset in parts, its
 * first part) and those it fetches after, in the background (the other parts).
 */
function beforeLive(dir: string): { first: Sized[]; later: Sized[] } {
  const head = JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')) as {
    parts?: { file: string }[];
  };
  const parts = (head.parts ?? []).map((p) => sized(dir, p.file));
  return { first: [sized(dir, 'indicators.json'), ...parts.slice(0, 1)], later: parts.slice(1) };
}

export async function benchCorpus(opts = DEFAULT_CORPUS): Promise<SectionResult> {
  if (!existsSync('/usr/bin/time') || spawnSync('taskset', ['-V']).error)
    throw new Error('needs GNU time (/usr/bin/time) and taskset');
  const lines: string[] = [];
  const medians: number[] = [];
  let large = '';
  if (opts.filterOnly) return { lines: await filterOnly(opts) };
  for (const documents of opts.sizes) {
    const t0 = performance.now();
    const dir = await generate(documents);
    const generated = (performance.now() - t0) / 1000;
    const runs = Array.from({ length: opts.buildRuns }, () => buildOnce(dir));
    const time = summarize(runs.map((r) => r.seconds));
    const peak = Math.max(...runs.map((r) => r.peakMiB));
    medians.push(time.median);
    const fetched = beforeLive(join(dir, 'out'));
    const docs = gzipOfFolder(join(dir, 'out', 'documents'));
    const seedBytes = readdirSync(join(dir, 'seeds')).reduce(
      (n, f) => n + statSync(join(dir, 'seeds', f)).size,
      0,
    );
    lines.push(
      `[${documents} documents, ${documents * PER_DOCUMENT} indicators, ${REGIONS} regions; ` +
        `seeds ${(seedBytes / 1e6).toFixed(1)} MB, generated in ${generated.toFixed(1)} s] ` +
        `build on one core: ${formatSummary(time, 's', 1)} (${opts.buildRuns} runs; target ≤ 60 s at 2,000); ` +
        `peak RSS ${peak.toFixed(0)} MiB (target ≤ 1,024)`,
      `[${documents} documents] before live: ${fetched.first.map((f) => `${f.name} ${kb(f.gzip)}`).join(' + ')} gzip = ` +
        `${kb(sum(fetched.first, 'gzip'))} gzip, ${kb(sum(fetched.first, 'raw'))} raw (what the page fetches ` +
        `before it is live; target ≤ 300 kB gzip); then in the background ${fetched.later.length} parts ` +
        `${kb(sum(fetched.later, 'gzip'))} gzip (${kb(sum(fetched.later, 'raw'))} raw); the dataset in all ` +
        `${kb(sum(fetched.first, 'gzip') + sum(fetched.later, 'gzip'))} gzip; ${docs.files} document files ` +
        `${kb(docs.raw)} raw, ${kb(docs.gzip)} gzip in all (each fetched when its provenance opens)`,
    );
    large = dir;
  }
  const [small, big] = opts.sizes;
  lines.push(
    `build time at ${big} / at ${small} documents: ${(medians[1]! / medians[0]!).toFixed(2)} ` +
      `(${big / small}× the input; target ≤ 11)`,
  );

  if (opts.withBrowser) {
    const root = await pageOver(opts.dist, large, big!);
    const browser = await launch();
    try {
      lines.push(
        ...(await datasetFigures(
          browser,
          `corpus ${big! * PER_DOCUMENT} indicators`,
          root,
          { ...DEFAULT_BROWSER, runs: opts.browserRuns, heapTargetMiB: 200 },
          true,
        )),
      );
    } finally {
      await browser.close();
    }
  }
  return { lines };
}

/** A copy of the built app over the corpus in `corpus` (its build output), with its snapshot. */
async function pageOver(dist: string, corpus: string, documents: number): Promise<string> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing: build first`);
  const root = `${dist}-corpus-${documents}`;
  rmSync(root, { recursive: true, force: true });
  cpSync(dist, root, { recursive: true });
  rmSync(join(root, 'data'), { recursive: true, force: true });
  cpSync(join(corpus, 'out'), join(root, 'data'), { recursive: true });
  if (existsSync(BENCH_SSR)) await prerender(root, BENCH_SSR, localToday());
  return root;
}

async function filterOnly(opts: CorpusBenchOptions): Promise<string[]> {
  const big = opts.sizes[1];
  let dir = `.bench/corpus-${big}`;
  if (!existsSync(join(dir, 'out', 'indicators.json'))) {
    dir = await generate(big);
    buildOnce(dir);
  }
  const root = await pageOver(opts.dist, dir, big);
  const label = `corpus ${big * PER_DOCUMENT} indicators`;
  const browser = await launch();
  const server = await startStaticServer({ root, base: SUBPATH });
  try {
    return await filterLatency(browser, server.url, label, { ...DEFAULT_BROWSER, runs: opts.browserRuns });
  } finally {
    await server.close();
    await browser.close();
  }
}
