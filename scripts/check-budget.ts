// Build budgets (issues 5 and 16). The dashboard's own: the JS that index.html loads before the first panel
// shows (the entry chunk and its static imports) within 120 kB gzip, and all the JS the page loads by itself
// (ECharts, lazily; the starter, the dataset worker) within 320 kB gzip, so the dashboard opens quickly on an
// old office PC over a slow intranet link. Per action: what one export or import click loads on top of the
// dashboard (its chunks, see ACTIONS in scripts/lib/bundle.ts) within 200 kB gzip, so a well-kept library can
// do an export without slowing the page that never uses it. An action whose module has no chunk fails too.
// Prints the figures; exits 1 naming the offending chunks when over budget.
//
//   tsx scripts/check-budget.ts [DIST]      (default dist/)
import { fileURLToPath } from 'node:url';
import { analyzeDist, type BundleReport, type ChunkSize } from './lib/bundle';
import { KB, kb } from './lib/stats';

export const BUDGETS = { criticalGzip: 120 * KB, dashboardGzip: 320 * KB, actionGzip: 200 * KB } as const;

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
      `${report.dashboard.length} chunks (critical path + what the page loads by itself)`,
    ...listChunks(report.dashboard),
    `per action:       budget ${kb(BUDGETS.actionGzip)} gzip each — what one click loads on top of the dashboard`,
    ...report.actions.map(
      (a) =>
        `    ${a.name.padEnd(20)} ${kb(a.gzip).padStart(10)} gzip  ${a.chunks.length} chunks: ` +
        (a.chunks.map((c) => c.file.replace(/^assets\//, '')).join(', ') || '—'),
    ),
    `all JS:           ${kb(report.allGzip)} gzip (${kb(report.allRaw)} raw) — ${report.all.length} chunks, ` +
      `${kb(report.onDemandGzip)} of them loaded only by an action`,
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
  if (report.dashboardGzip > BUDGETS.dashboardGzip) {
    const names = report.dashboard
      .slice(0, 5)
      .map((c) => `${c.file} (${kb(c.gzip)})`)
      .join(', ');
    problems.push(
      `dashboard JS is ${kb(report.dashboardGzip)} gzip, over the ${kb(BUDGETS.dashboardGzip)} budget by ` +
        `${kb(report.dashboardGzip - BUDGETS.dashboardGzip)}; largest chunks: ${names}.`,
    );
  }
  for (const a of report.actions) {
    if (a.missing.length > 0)
      problems.push(
        `action ${a.name}: no chunk for ${a.missing.join(', ')} (a module renamed? update ACTIONS in ` +
          'scripts/lib/bundle.ts), so what it loads cannot be measured.',
      );
    if (a.gzip > BUDGETS.actionGzip) {
      const names = a.chunks
        .slice(0, 5)
        .map((c) => `${c.file} (${kb(c.gzip)})`)
        .join(', ');
      problems.push(
        `action ${a.name} loads ${kb(a.gzip)} gzip, over the ${kb(BUDGETS.actionGzip)} per-action budget by ` +
          `${kb(a.gzip - BUDGETS.actionGzip)}: ${names}.`,
      );
    }
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
