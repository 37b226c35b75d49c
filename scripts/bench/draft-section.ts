// Section 8 of `npm run bench`: drafting throughput (issue 18: "at least 2 MB/s of text on one core"). The
// 10 MB synthetic corpus (seed paragraphs recombined, numbers varied) is cut into documents of a seed's size
// (~10,000 characters), of a long report's (~100,000) and of a very long one's (~200,000), and every figure of each is extracted and drafted as
// `npm run draft -- FILE --json` does, against the real catalogue. Each run is a child process pinned to one
// CPU (taskset) and bounded by a timeout; the median of the runs is reported.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureCorpus } from './gen-corpus';
import type { DraftWorkerResult } from './draft-worker';
import type { SectionResult } from './section';

export interface DraftBenchOptions {
  mb: number;
  /** Document sizes to cut the corpus into, in characters. */
  docChars: number[];
  runs: number;
  seed: number;
  timeoutMs: number;
}

export const DEFAULT_DRAFT_BENCH: DraftBenchOptions = {
  mb: 10,
  docChars: [10_000, 100_000, 200_000],
  runs: 3,
  seed: 1,
  timeoutMs: 300_000,
};

function runWorker(file: string, chars: number, timeoutMs: number): Promise<DraftWorkerResult> {
  const nodeArgs = ['--import', 'tsx', 'scripts/bench/draft-worker.ts', file, String(chars)];
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
        resolvePromise(JSON.parse(out.trim().split('\n').pop()!) as DraftWorkerResult);
      } catch {
        reject(new Error(`unreadable worker output: ${out.slice(0, 200)}`));
      }
    });
  });
}

export async function benchDraft(opts = DEFAULT_DRAFT_BENCH): Promise<SectionResult> {
  const file = ensureCorpus(opts.mb, opts.seed);
  const lines = [
    `corpus: ${opts.mb} MB synthetic (seed ${opts.seed}); one core (taskset -c 0); median of ${opts.runs} runs`,
  ];
  for (const chars of opts.docChars) {
    const results: DraftWorkerResult[] = [];
    for (let i = 0; i < opts.runs; i++) results.push(await runWorker(file, chars, opts.timeoutMs));
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const median = ms[Math.floor(ms.length / 2)]!;
    const r = results[0]!;
    lines.push(
      `documents of ~${chars.toLocaleString('en')} characters (${r.documents}): ` +
        `${(r.bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s drafted ` +
        `(${(median / 1000).toFixed(2)} s for ${(r.bytes / 1e6).toFixed(1)} MB; ` +
        `min–max ${(ms[0]! / 1000).toFixed(2)}–${(ms[ms.length - 1]! / 1000).toFixed(2)} s; ${r.drafts} drafts)`,
    );
  }
  return { lines };
}
