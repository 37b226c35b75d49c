// Pure string work of the prerender step: put the build-time snapshot of the first screen into index.html,
// with the inline guard that decides, before first paint, whether the snapshot is true for this visit,
// and that guard's hash in the Content-Security-Policy (no 'unsafe-inline' for scripts).
import { createHash } from 'node:crypto';
import type { Snapshot } from '../../src/app/snapshot';
import type { Result } from '../../src/domain/types';
import { bootScript } from './boot-script';

/** What the page needs of the app's snapshot (src/app/snapshot.ts). */
export type SnapshotParts = Omit<Snapshot, 'panels'>;

const ROOT_EMPTY = '<div id="root"></div>';
const ROOT_FILLED = /<div id="root"><!--snapshot:start-->[\s\S]*?<!--snapshot:end--><\/div>/;
const GUARD = /\n?<script data-snapshot-guard>[\s\S]*?<\/script>/;
const PLACEHOLDER = /\n?<script data-cjk-placeholder>[\s\S]*?<\/script>/;
const FIRST_SCREEN_FONT = /\n?<style data-first-screen-font>[\s\S]*?<\/style>/;
const NOSCRIPT_STYLE = /\n?<noscript data-snapshot><style>[\s\S]*?<\/style><\/noscript>/;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** The inline guard (src/boot/guard.ts) with this snapshot's window and storage keys. */
export function guardScript(p: Pick<SnapshotParts, 'asOf' | 'validUntil' | 'storageKeys'>): string {
  return bootScript('guard', {
    __SNAPSHOT_AS_OF__: p.asOf,
    __SNAPSHOT_VALID_UNTIL__: p.validUntil,
    __SNAPSHOT_STORAGE_KEYS__: p.storageKeys,
  });
}

/** The starter (src/boot/starter.ts), compiled. */
export const STARTER = bootScript('starter');

/** Where the prerender writes the starter, named by its content. */
export const STARTER_FILE = `assets/app-start-${createHash('sha256').update(STARTER).digest('hex').slice(0, 8)}.js`;

const START_TAG =
  /<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>|<link rel="preload"[^>]*>/g;
export const START_TEMPLATE = '<template id="app-start"';

/** What the starter starts beside the app: the dataset worker's file and the dataset, relative to the page. */
export interface EarlyWorker {
  worker: string;
  dataset: string;
}

/**
 * The page with its module script and preload links moved into <template id="app-start"> (inert there),
 * followed by the starter (a deferred classic script: it runs once the page is parsed) that adds them to
 * the page, and starts `early`'s worker if given. Idempotent.
 */
export function deferStart(page: string, early?: EarlyWorker): Result<string> {
  if (page.includes(START_TEMPLATE)) return { ok: true, value: page };
  const tags = page.match(START_TAG) ?? [];
  if (!tags.some((t) => t.startsWith('<script')))
    return { ok: false, error: 'no module script to start the app with' };
  const at = page.indexOf(tags[0]!);
  const rest = page.slice(at).replace(START_TAG, '');
  const attrs = early
    ? ` data-worker="${escapeAttr(early.worker)}" data-dataset="${escapeAttr(early.dataset)}"`
    : '';
  const start = `${START_TEMPLATE}${attrs}>${tags.join('')}</template><script defer src="./${STARTER_FILE}"></script>`;
  return { ok: true, value: page.slice(0, at) + start + rest };
}

/** The CSP source that allows exactly this inline script. */
export function cspHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** script-src of a policy with the given hash sources added (previous hashes dropped). */
export function withScriptHashes(policy: string, hashes: readonly string[]): Result<string> {
  const parts = policy.split(';').map((s) => s.trim());
  const i = parts.findIndex((s) => /^script-src(\s|$)/.test(s));
  if (i < 0) return { ok: false, error: 'the Content-Security-Policy has no script-src directive' };
  const kept = parts[i]!.split(/\s+/).filter((s) => !/^'sha256-/.test(s));
  parts[i] = [...kept, ...hashes].join(' ');
  return { ok: true, value: parts.filter(Boolean).join('; ') };
}

/** What the page carries beside the snapshot, each optional. */
export interface PageExtras {
  /** The dataset worker the starter starts. */
  early?: EarlyWorker;
  /** The inline script that adds the CJK placeholder font (scripts/lib/placeholder-font.ts). */
  fontScript?: string;
  /** @font-face rules of the first screen's cut of the bundled font (scripts/lib/first-screen-font.ts). */
  fontCss?: string;
}

/**
 * index.html with the snapshot in #root, the guard at the top of <head> (then the font script and the font
 * rules of `extras`), a <noscript> style that shows the snapshot without JavaScript, the app (and the
 * worker) started by the starter (deferStart), and the inline scripts' hashes in the CSP meta. Idempotent:
 * a page that already has a snapshot gets the new one.
 */
export function injectSnapshot(indexHtml: string, p: SnapshotParts, extras: PageExtras = {}): Result<string> {
  const { early, fontScript, fontCss } = extras;
  let page = indexHtml
    .replace(GUARD, '')
    .replace(PLACEHOLDER, '')
    .replace(FIRST_SCREEN_FONT, '')
    .replace(NOSCRIPT_STYLE, '');
  const root =
    '<div id="root"><!--snapshot:start--><div class="snapshot" data-as-of="' +
    p.asOf +
    (p.validUntil === null ? '' : `" data-valid-until="${p.validUntil}`) +
    '">' +
    p.html +
    '</div><p class="loading snapshot-loading" role="status">' +
    escapeHtml(p.loadingText) +
    '</p><!--snapshot:end--></div>';
  if (ROOT_FILLED.test(page)) page = page.replace(ROOT_FILLED, () => root);
  else if (page.includes(ROOT_EMPTY)) page = page.replace(ROOT_EMPTY, () => root);
  else return { ok: false, error: `no ${ROOT_EMPTY} (nor an earlier snapshot) to put the snapshot in` };

  const meta = CSP_META.exec(page);
  if (!meta) return { ok: false, error: 'no Content-Security-Policy meta tag to allow the guard script in' };
  const script = guardScript(p);
  const inline = fontScript === undefined ? [script] : [script, fontScript];
  const policy = withScriptHashes(meta[2]!.replace(/&#39;/g, "'"), inline.map(cspHashSource));
  if (!policy.ok) return policy;
  page = page.replace(CSP_META, (_m, a: string, _b: string, c: string) => a + policy.value + c);

  const head =
    `\n<script data-snapshot-guard>${script}</script>` +
    (fontScript === undefined ? '' : `\n<script data-cjk-placeholder>${fontScript}</script>`) +
    (fontCss === undefined ? '' : `\n<style data-first-screen-font>${fontCss}</style>`) +
    '\n<noscript data-snapshot><style>#root .snapshot{display:contents}#root .snapshot-loading{display:none}</style></noscript>';
  const at = page.indexOf('</head>');
  if (at < 0) return { ok: false, error: 'no </head>' };
  // Right after the CSP meta: the guard must run before the stylesheet lets anything paint.
  const metaEnd = page.indexOf('>', page.search(CSP_META)) + 1;
  page = page.slice(0, metaEnd) + head + page.slice(metaEnd);
  return deferStart(page, early);
}

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="(\.\/assets\/[^"]+\.css)">/g;

/**
 * The page with its own stylesheets (Vite's <link>s to ./assets/*.css) inlined as <style>, so the first
 * paint waits for no request but the page itself (style-src allows inline styles). `read` gives a
 * stylesheet's text; one with a url() stays a link, since its relative URLs would resolve against the page.
 */
export function inlineStylesheets(page: string, read: (href: string) => string): Result<string> {
  try {
    return {
      ok: true,
      value: page.replace(STYLESHEET, (link, href: string) => {
        const css = read(href);
        if (/url\(/.test(css)) return link;
        return `<style data-href="${href}">${css.replace(/<\/style/gi, '<\\/style')}</style>`;
      }),
    };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;');
}

/** The CSP a server should send with the page: the meta tag's policy, plus frame-ancestors (header only). */
export function headerPolicy(indexHtml: string, extra = "frame-ancestors 'none'"): string | null {
  const meta = CSP_META.exec(indexHtml);
  if (!meta) return null;
  return `${meta[2]!.replace(/&#39;/g, "'").replace(/;\s*$/, '')}; ${extra}`;
}
