// Section 4 of `npm run bench`: Lighthouse (the npm package's CLI, default mobile config: simulated slow
// 4G and 4× CPU slowdown) against the built app on loopback, driving Debian's chromium (CHROME_PATH),
// offline: performance score, LCP and TBT, median of several runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBPATH } from '../lib/browser';
import { startStaticServer } from '../lib/static-server';
import { startGzipServer } from './gzip-server';
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
}

function runLighthouse(url: string, outPath: string, timeoutMs = 180_000): Promise<Lhr> {
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
      env: { ...process.env, CHROME_PATH: CHROME },
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
    for (const gzip of [false, true]) {
      const label = `${name}, ${gzip ? 'gzip server' : 'npm start server'}`;
      const server = gzip
        ? await startGzipServer({ root: dist, base: SUBPATH })
        : await startStaticServer({ root: dist, base: SUBPATH });
      try {
        const lhrs: Lhr[] = [];
        for (let i = 0; i < runs; i++)
          lhrs.push(
            await runLighthouse(server.url, `.bench/lighthouse/${label.replace(/\W+/g, '-')}-${i}.json`),
          );
        const audit = (id: string) => summarize(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
        lines.push(
          `[${label}] performance score: ${formatSummary(summarize(lhrs.map((l) => l.categories.performance.score ?? NaN)), '', 2)} (target ≥ 0.98)`,
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
