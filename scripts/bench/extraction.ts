// Section 1 of `npm run bench`: extraction throughput (decode + normalise + extract, one core) and peak
// memory on synthetic corpora of 1, 10 and 100 MB, and the ratio t(100 MB) / t(10 MB) (linear is 10).
// Each run is a child process pinned to one CPU (taskset) and bounded by a timeout.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCorpus } from './gen-corpus';
import { formatSummary, summarize } from '../lib/stats';
import type { WorkerResult } from './extract-worker';
import type { SectionResult } from './section';

const EXTRACT_DIR = 'src/domain/extract';
const EXPORT = /export\s+(?:async\s+)?(?:function\s+extractMentions\b|const\s+extractMentions\b)/;

/** The module of src/domain/extract that exports extractMentions, or null while it has not landed. */
export function findExtractor(dir = EXTRACT_DIR): string | null {
  if (!existsSync(dir)) return null;
  for (const f of readdirSync(dir).sort()) {
    if (!/\.tsx?$/.test(f)) continue;
    if (EXPORT.test(readFileSync(join(dir, f), 'utf8'))) return join(dir, f);
  }
  return null;
}

function runWorker(extractor: string, file: string, timeoutMs: number): Promise<WorkerResult> {
  const nodeArgs = ['--import', 'tsx', 'scripts/bench/extract-worker.ts', extractor, file];
  const [cmd, args] = existsSync('/usr/bin/taskset')
    ? ['/usr/bin/taskset', ['-c', '0', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return reject(new Error(`timed out after ${timeoutMs / 1000} s`));
      if (code !== 0) return reject(new Error(`worker exited ${code}: ${err.trim().slice(-500)}`));
      try {
        resolvePromise(JSON.parse(out.trim().split('\n').pop()!) as WorkerResult);
      } catch {
        reject(new Error(`unreadable worker output: ${out.slice(0, 200)}`));
      }
    });
  });
}

export interface ExtractionOptions {
  sizesMB: number[];
  runs: (mb: number) => number;
  seed: number;
  /** Skip a size whose projected time (from the previous size's throughput) exceeds this. */
  maxSecondsPerRun: number;
}

export const DEFAULT_EXTRACTION: ExtractionOptions = {
  sizesMB: [1, 10, 100],
  runs: (mb) => (mb >= 100 ? 3 : mb >= 10 ? 7 : 9),
  seed: 1,
  maxSecondsPerRun: 300,
};

export async function benchExtraction(opts = DEFAULT_EXTRACTION): Promise<SectionResult> {
  const extractor = findExtractor();
  if (!extractor) throw new Error(`no module in ${EXTRACT_DIR} exports extractMentions yet`);
  const lines = [`extractor: ${extractor}; one core (taskset -c 0); corpus seed ${opts.seed}`];
  const medianMs = new Map<number, number>();
  const minMs = new Map<number, number>();
  let lastMBps = Infinity;
  for (const mb of opts.sizesMB) {
    const projected = mb / lastMBps;
    if (projected > opts.maxSecondsPerRun) {
      lines.push(
        `${mb} MB: skipped — projected ${projected.toFixed(0)} s per run at ${lastMBps.toFixed(2)} MB/s`,
      );
      continue;
    }
    const file = ensureCorpus(mb, opts.seed);
    const results: WorkerResult[] = [];
    const timeout = Math.max(60_000, Math.min(opts.maxSecondsPerRun * 2000, projected * 5000));
    for (let i = 0; i < opts.runs(mb); i++) results.push(await runWorker(extractor, file, timeout));
    const mbps = summarize(results.map((r) => r.bytes / 1e6 / (r.ms / 1000)));
    const rss = summarize(results.map((r) => r.maxRssKB / 1024));
    const secs = summarize(results.map((r) => r.ms / 1000));
    medianMs.set(mb, secs.median);
    minMs.set(mb, secs.min);
    lastMBps = mbps.median;
    lines.push(
      `${String(mb).padStart(3)} MB: throughput ${formatSummary(mbps, 'MB/s', 2)}; time ${formatSummary(secs, 's', 2)}; ` +
        `peak RSS ${formatSummary(rss, 'MiB', 0)}; ${results[0]!.mentions} mentions`,
    );
  }
  const t10 = medianMs.get(10);
  const t100 = medianMs.get(100);
  if (t10 !== undefined && t100 !== undefined)
    // The ratio of the fastest runs too: on a shared machine the minimum is the least disturbed figure.
    lines.push(
      `ratio t(100 MB)/t(10 MB): ${(t100 / t10).toFixed(2)} from medians, ` +
        `${(minMs.get(100)! / minMs.get(10)!).toFixed(2)} from the fastest runs (linear is 10; target ≤ 11)`,
    );
  return { lines };
}
