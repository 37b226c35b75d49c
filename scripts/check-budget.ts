// Build budgets (issue 5): the JS that index.html loads before the first panel shows (the entry chunk and
// its static imports) must stay within 120 kB gzip, and all the JS the build ships — what the dashboard
// loads by itself (ECharts, lazily) and what only an export or import click loads — within 320 kB gzip,
// so the dashboard opens quickly on an old office PC over a slow intranet link. The dashboard / on-demand
// split is printed to show where the bytes are.
// Prints the figures; exits 1 naming the offending chunks when over budget.
//
//   tsx scripts/check-budget.ts [DIST]      (default dist/)
import { fileURLToPath } from 'node:url';
import { analyzeDist, type BundleReport, type ChunkSize } from './lib/bundle';
import { KB, kb } from './lib/stats';

export const BUDGETS = { criticalGzip: 120 * KB, allGzip: 320 * KB } as const;

function listChunks(chunks: ChunkSize[], limit = 8): string[] {
  const lines = chunks
    .slice(0, limit)
    .map((c) => `    ${c.file.padEnd(48)} ${kb(c.gzip).padStart(10)} gzip  ${kb(c.raw).padStart(10)} raw`);
  if (chunks.length > limit) lines.push(`    … and ${chunks.length - limit} smaller chunks`);
  return lines;
}

/** The lines to print and the problems found (empty when within budget). */
export function checkBudget(report: BundleReport): { lines: string[]; problems: string[] } {
  const lines = [
    `critical-path JS: ${kb(report.criticalGzip)} gzip (${kb(report.criticalRaw)} raw), ` +
      `budget ${kb(BUDGETS.criticalGzip)} gzip — ${report.critical.length} chunks, from ${report.source}`,
    ...listChunks(report.critical),
    `dashboard JS:     ${kb(report.dashboardGzip)} gzip — ` +
      `${report.dashboard.length} chunks (critical path + what it loads by itself)`,
    ...listChunks(report.dashboard),
    `on-demand JS:     ${kb(report.onDemandGzip)} gzip — ` +
      `${report.onDemand.length} chunks, loaded only by an export or import action`,
    ...listChunks(report.onDemand),
    `all JS:           ${kb(report.allGzip)} gzip (${kb(report.allRaw)} raw), budget ${kb(BUDGETS.allGzip)} gzip — ` +
      `${report.all.length} chunks`,
  ];
  const problems: string[] = [];
  if (report.criticalGzip > BUDGETS.criticalGzip) {
    const names = report.critical.map((c) => `${c.file} (${kb(c.gzip)})`).join(', ');
    problems.push(
      `critical-path JS is ${kb(report.criticalGzip)} gzip, over the ${kb(BUDGETS.criticalGzip)} budget by ` +
        `${kb(report.criticalGzip - BUDGETS.criticalGzip)}: ${names}. ` +
        'Move what the first panel does not need behind a dynamic import(); ' +
        '`npm run bench -- --only bundle` breaks the critical path down by module.',
    );
  }
  if (report.allGzip > BUDGETS.allGzip) {
    const names = [...report.all]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5)
      .map((c) => `${c.file} (${kb(c.gzip)})`)
      .join(', ');
    problems.push(
      `all JS is ${kb(report.allGzip)} gzip, over the ${kb(BUDGETS.allGzip)} budget by ` +
        `${kb(report.allGzip - BUDGETS.allGzip)}; largest chunks: ${names}.`,
    );
  }
  return { lines, problems };
}

function main(): void {
  const dist = process.argv[2] ?? 'dist';
  let report: BundleReport;
  try {
    report = analyzeDist(dist);
  } catch (e) {
    console.error(`check-budget: ${(e as Error).message}`);
    process.exit(1);
  }
  const { lines, problems } = checkBudget(report);
  console.log(lines.join('\n'));
  if (problems.length > 0) {
    for (const p of problems) console.error(`check-budget: OVER BUDGET — ${p}`);
    process.exit(1);
  }
  console.log('check-budget: within budget');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
