// Build budgets (issue 5): the JS that index.html loads before the first panel shows (the entry chunk and
// its static imports) must stay within 120 kB gzip, and all the JS the dashboard loads (that, plus ECharts
// and the rest it loads lazily) within 320 kB gzip, so the numbers paint quickly on an old office PC over
// a slow intranet link. JS that only an export or import action loads (pptxgenjs alone is 123 kB gzip)
// has its own budget: it costs nothing until a user asks for that file.
// Prints the figures; exits 1 naming the offending chunks when over budget.
//
//   tsx scripts/check-budget.ts [DIST]      (default dist/)
import { fileURLToPath } from 'node:url';
import { analyzeDist, type BundleReport, type ChunkSize } from './bench/bundle';
import { KB, kb } from './bench/stats';

export const BUDGETS = { criticalGzip: 120 * KB, dashboardGzip: 320 * KB, onDemandGzip: 160 * KB } as const;

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
    `dashboard JS:     ${kb(report.dashboardGzip)} gzip, budget ${kb(BUDGETS.dashboardGzip)} gzip — ` +
      `${report.dashboard.length} chunks (critical path + what it loads by itself)`,
    ...listChunks(report.dashboard),
    `on-demand JS:     ${kb(report.onDemandGzip)} gzip, budget ${kb(BUDGETS.onDemandGzip)} gzip — ` +
      `${report.onDemand.length} chunks, loaded only by an export or import action`,
    ...listChunks(report.onDemand),
    `all JS:           ${kb(report.allGzip)} gzip (${kb(report.allRaw)} raw) — ${report.all.length} chunks`,
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
  for (const [what, size, budget, chunks] of [
    ['dashboard JS', report.dashboardGzip, BUDGETS.dashboardGzip, report.dashboard],
    ['on-demand JS', report.onDemandGzip, BUDGETS.onDemandGzip, report.onDemand],
  ] as const) {
    if (size <= budget) continue;
    const names = chunks
      .slice(0, 5)
      .map((c) => `${c.file} (${kb(c.gzip)})`)
      .join(', ');
    problems.push(
      `${what} is ${kb(size)} gzip, over the ${kb(budget)} budget by ${kb(size - budget)}; largest chunks: ${names}.`,
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
