// Section 4 of `npm run bench`: Lighthouse (the npm package's CLI, default mobile config: simulated slow
// 4G and 4× CPU slowdown) against the built app on loopback (the project's own server, which gzips as a
// real host does), driving Debian's chromium (CHROME_PATH), offline: performance score, LCP, TBT, FCP and
// CLS, median of several runs, for two font setups: the machine's own fonts, and the machine's fonts less
// every one that covers Chinese (a fresh Debian machine: the bundled font must come over the network).
// Lighthouse's own CPU benchmark index stands beside each row: absolute scores depend on the host (the same
// code scored 0.96–0.99 on one machine and 0.78–0.87 on another), so compare rows of one run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noCjkFontconfig, SUBPATH, type FontSetup } from '../lib/browser';
import { startStaticServer } from '../lib/static-server';
import type { SectionResult } from './section';
import { formatSummary, summarize } from '../lib/stats';

const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
].join(' ');

interface Lhr {
  runtimeError?: { code: string; message: string };
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
  environment?: { benchmarkIndex?: number };
}

function runLighthouse(url: string, outPath: string, fonts: FontSetup, timeoutMs = 180_000): Promise<Lhr> {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outPath}`,
    `--chrome-flags=${FLAGS}`,
    '--quiet',
    '--no-enable-error-reporting',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      // chrome-launcher passes its environment on to chromium, and with it the fontconfig file.
      env: {
        ...process.env,
        CHROME_PATH: CHROME,
        ...(fonts === 'no-cjk' && { FONTCONFIG_FILE: noCjkFontconfig() }),
      },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`lighthouse killed (${signal}) after ${timeoutMs / 1000} s`));
      if (code !== 0 || !existsSync(outPath))
        return reject(new Error(`lighthouse exited ${code}: ${err.trim().slice(-400)}`));
      const lhr = JSON.parse(readFileSync(outPath, 'utf8')) as Lhr;
      if (lhr.runtimeError) return reject(new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`));
      resolve(lhr);
    });
  });
}

export async function benchLighthouse(dists: [string, string][], runs = 3): Promise<SectionResult> {
  if (!existsSync(CHROME)) throw new Error(`${CHROME} not found`);
  const lines = [`lighthouse 12 CLI, mobile preset (simulated throttling), ${CHROME}, ${runs} runs each`];
  mkdirSync('.bench/lighthouse', { recursive: true });
  for (const [name, dist] of dists) {
    if (!existsSync(join(dist, 'index.html'))) {
      lines.push(`[${name}] skipped: ${dist}/index.html missing`);
      continue;
    }
    for (const fonts of ['system', 'no-cjk'] as const) {
      const label = `${name}, ${fonts === 'system' ? "machine's fonts" : 'no CJK font'}`;
      const server = await startStaticServer({ root: dist, base: SUBPATH });
      try {
        const lhrs: Lhr[] = [];
        // Alternating setups would be fairer still, but each needs its own browser; runs of a setup are
        // back to back, so read the benchmark index of each row.
        for (let i = 0; i < runs; i++)
          lhrs.push(
            await runLighthouse(
              server.url,
              `.bench/lighthouse/${label.replace(/\W+/g, '-')}-${i}.json`,
              fonts,
            ),
          );
        const audit = (id: string) => summarize(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
        const index = summarize(lhrs.map((l) => l.environment?.benchmarkIndex ?? NaN));
        lines.push(
          `[${label}] performance score: ${formatSummary(summarize(lhrs.map((l) => l.categories.performance.score ?? NaN)), '', 2)} ` +
            `(target ≥ 0.98); benchmarkIndex ${formatSummary(index, '', 0)}`,
          `[${label}] LCP: ${formatSummary(audit('largest-contentful-paint'), 'ms', 0)}; ` +
            `TBT: ${formatSummary(audit('total-blocking-time'), 'ms', 0)}; ` +
            `FCP: ${formatSummary(audit('first-contentful-paint'), 'ms', 0)}; ` +
            `CLS: ${formatSummary(audit('cumulative-layout-shift'), '', 3)}`,
        );
      } catch (e) {
        lines.push(`[${label}] FAILED: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await server.close();
      }
    }
  }
  return { lines };
}
