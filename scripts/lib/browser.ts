// Shared setup for the browser tests and the benchmark: Debian's chromium driven by playwright-core, against
// the built app (dist/) served from a subpath on loopback. Records every request and console error of a page.
import { chromium, type Browser, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * Which fonts the browser sees: the machine's own ('system'), or the machine's without any that covers
 * Chinese ('no-cjk') — what a fresh Debian machine, and many intranet PCs, have. A font installed by hand
 * would otherwise hide what they see.
 */
export type FontSetup = 'system' | 'no-cjk';

export async function launch(fonts: FontSetup = 'system'): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  const env = fonts === 'no-cjk' ? { ...process.env, FONTCONFIG_FILE: noCjkFontconfig() } : undefined;
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, ...(env && { env }) });
}

/** Whether the machine has a font that covers Chinese (fontconfig's own answer). */
export function systemHasCjkFont(): boolean {
  return cjkFontFiles().length > 0;
}

function cjkFontFiles(): string[] {
  return execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter(Boolean);
}

/**
 * A fontconfig file (in a temporary folder) that reads the machine's own configuration and rejects every
 * font file that covers Chinese: the machine as it would be without them.
 */
export function noCjkFontconfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fonts-no-cjk-'));
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rejects = cjkFontFiles()
    .map((file) => `<glob>${escape(file)}</glob>`)
    .join('');
  const conf =
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>' +
    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' +
    `<cachedir>${escape(join(dir, 'cache'))}</cachedir>` +
    (rejects ? `<selectfont><rejectfont>${rejects}</rejectfont></selectfont>` : '') +
    '</fontconfig>';
  const path = join(dir, 'fonts.conf');
  writeFileSync(path, conf);
  return path;
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
