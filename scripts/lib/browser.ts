// Shared setup for the browser tests and the benchmark: Debian's chromium driven by playwright-core, against
// the built app (dist/) served from a subpath on loopback. Records every request and console error of a page.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startStaticServer, type StaticServer } from './static-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SUBPATH = '/reports/scitech-finance/';

// Flags from this machine's notes: without the background-networking ones chromium tries Google's hosts.
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function serveDist(root = 'dist'): Promise<StaticServer> {
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/index.html missing: run "vite build" first`);
  return startStaticServer({ root, base: SUBPATH });
}

export interface PageLog {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const log: PageLog = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, context, log };
}

/** Requests that left the loopback origin (data: and blob: URLs stay in the page). */
export function foreignRequests(log: PageLog, origin: string): string[] {
  return log.requests.filter(
    (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `${process.env.SCREENSHOT_DIR ?? '/tmp'}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}
