// Section 2 of `npm run bench`: critical-path JS and all JS, raw and gzip, of a fresh build of the app in
// .bench/dist (with a manifest and source maps, so the critical path is exact and its content can be
// attributed to modules), plus the dataset the first panel also waits for.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localToday, prerender } from '../prerender';
import { analyzeDist } from '../lib/bundle';
import { attributeFiles } from './attribute';
import { BUDGETS, checkBudget } from '../check-budget';
import { gzipSize } from '../lib/bundle';
import { kb } from '../lib/stats';
import type { SectionResult } from './section';

export const BENCH_DIST = '.bench/dist';
/** The server build of the snapshot renderer (src/app/render-snapshot.tsx) that goes with it. */
export const BENCH_SSR = '.bench/snapshot/render-snapshot.js';

/**
 * Build the app into .bench/dist as `npm run build` does (client, server build of the snapshot, prerender),
 * without touching dist/, which the tests and others use.
 */
export async function buildForBench(outDir = BENCH_DIST): Promise<void> {
  const vite = (args: string[]) =>
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', ...args, '--logLevel', 'warn'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        timeout: 300_000,
      },
    );
  vite(['--outDir', outDir, '--emptyOutDir', '--manifest', '--sourcemap']);
  vite(['--ssr', 'src/app/render-snapshot.tsx', '--outDir', dirname(BENCH_SSR), '--emptyOutDir']);
  console.log(await prerender(outDir, BENCH_SSR, localToday()));
}

export function benchBundle(dist = BENCH_DIST): SectionResult {
  const report = analyzeDist(dist);
  const { lines, problems } = checkBudget(report);
  lines.unshift(`build: ${dist} (vite build --manifest --sourcemap)`);
  const groups = attributeFiles(report.critical.map((c) => join(dist, c.file)));
  if (groups.length > 0) {
    const total = groups.reduce((a, g) => a + g.raw, 0);
    lines.push('critical path by module (from source maps; gzip of each group alone):');
    for (const g of groups.slice(0, 12))
      lines.push(
        `    ${g.group.padEnd(40)} ${kb(g.raw).padStart(10)} raw ${((100 * g.raw) / total).toFixed(1).padStart(5)} %  ~${kb(g.gzip)} gzip`,
      );
  }
  const data = join(dist, 'data', 'indicators.json');
  if (existsSync(data)) {
    const bytes = readFileSync(data);
    lines.push(
      `dataset data/indicators.json: ${kb(bytes.length)} raw, ${kb(gzipSize(bytes))} gzip (fetched before the first panel)`,
    );
  }
  lines.push(
    problems.length === 0
      ? `budgets: met (critical ≤ ${kb(BUDGETS.criticalGzip)}, dashboard ≤ ${kb(BUDGETS.dashboardGzip)}, each action ≤ ${kb(BUDGETS.actionGzip)} gzip)`
      : `budgets: MISSED — ${problems.join(' ')}`,
  );
  return { lines };
}
