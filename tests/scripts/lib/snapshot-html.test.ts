import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cspHashSource,
  deferStart,
  guardScript,
  headerPolicy,
  injectSnapshot,
  inlineStylesheets,
  STARTER,
  STARTER_FILE,
  withScriptHashes,
  type SnapshotParts,
} from '../../../scripts/lib/snapshot-html';

const TEMPLATE = readFileSync('index.html', 'utf8');
const PARTS: SnapshotParts = {
  html: '<div class="app"><p>基线 <b>6,950 亿元</b></p></div>',
  asOf: '2026-11-21',
  validUntil: '2027-12-31',
  loadingText: '正在加载数据…',
  storageKeys: ['k:v1', 'k'],
};

interface Visit {
  today: string; // YYYY-MM-DD, the visitor's local day
  search?: string;
  stored?: Record<string, string>;
  storageThrows?: boolean;
  className?: string;
}

/** Runs the guard as a browser would, against a fake page; returns <html>'s class. */
function runGuard(script: string, v: Visit): string {
  const html = { className: v.className ?? '' };
  const [y, m, d] = v.today.split('-').map(Number) as [number, number, number];
  class FakeDate {
    getFullYear = () => y;
    getMonth = () => m - 1;
    getDate = () => d;
  }
  const storage = {
    getItem: (k: string) => {
      if (v.storageThrows) throw new Error('SecurityError');
      return v.stored?.[k] ?? null;
    },
  };
  new Function('document', 'location', 'localStorage', 'Date', script)(
    { documentElement: html },
    { search: v.search ?? '' },
    storage,
    FakeDate,
  );
  return html.className;
}

describe('the snapshot guard', () => {
  const script = guardScript(PARTS);
  it.each<[string, Visit, string]>([
    ['the build day, default view', { today: '2026-11-21' }, 'snapshot-ok'],
    ['a later day in the window', { today: '2027-06-01' }, 'snapshot-ok snapshot-later'],
    ['the last day of the window', { today: '2027-12-30' }, 'snapshot-ok snapshot-later'],
    ['the first day after it', { today: '2027-12-31' }, ''],
    ['a day before the build (clock behind)', { today: '2026-11-20' }, ''],
    ['a view in the URL', { today: '2026-11-21', search: '?q=贷款' }, ''],
    ['the language in the URL', { today: '2026-11-21', search: '?lang=en' }, ''],
    ['imported figures stored', { today: '2026-11-21', stored: { 'k:v1': '{}' } }, ''],
    ['old-format imports stored', { today: '2026-11-21', stored: { k: '[]' } }, ''],
    ['other keys only', { today: '2026-11-21', stored: { other: 'x' } }, 'snapshot-ok'],
    [
      'storage disabled (throws): no imports possible',
      { today: '2026-11-21', storageThrows: true },
      'snapshot-ok',
    ],
    ['keeps classes already there', { today: '2026-11-21', className: 'x' }, 'x snapshot-ok'],
  ])('%s → "%s"', (_name, visit, expected) => {
    expect(runGuard(script, visit)).toBe(expected);
  });

  it('never expires when nothing changes any more', () => {
    const forever = guardScript({ ...PARTS, validUntil: null });
    expect(runGuard(forever, { today: '2099-01-01' })).toBe('snapshot-ok snapshot-later');
  });
});

describe('the Content-Security-Policy for it', () => {
  it('allows exactly the guard by its SHA-256, base64', () => {
    const script = guardScript(PARTS);
    const digest = createHash('sha256').update(Buffer.from(script, 'utf8')).digest('base64');
    expect(cspHashSource(script)).toBe(`'sha256-${digest}'`);
    expect(cspHashSource(script + ' ')).not.toBe(cspHashSource(script));
  });

  it('adds hashes to script-src, replacing earlier ones, keeping every other directive', () => {
    const r = withScriptHashes("default-src 'self'; script-src 'self' 'sha256-old'; object-src 'none'", [
      "'sha256-new'",
    ]);
    expect(r).toEqual({
      ok: true,
      value: "default-src 'self'; script-src 'self' 'sha256-new'; object-src 'none'",
    });
    expect(withScriptHashes("default-src 'self'", ["'sha256-x'"]).ok).toBe(false);
  });
});

describe('injectSnapshot', () => {
  it('puts the snapshot in #root, the guard and its hash in <head>, and stays free of unsafe-inline', () => {
    const r = injectSnapshot(TEMPLATE, PARTS);
    if (!r.ok) throw new Error(r.error);
    const page = r.value;
    expect(page).toContain(
      '<div id="root"><!--snapshot:start--><div class="snapshot" data-as-of="2026-11-21" data-valid-until="2027-12-31"><div class="app">',
    );
    expect(page).toContain(
      '<p class="loading snapshot-loading" role="status">正在加载数据…</p><!--snapshot:end--></div>',
    );
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toEqual([guardScript(PARTS)]);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)![1]!;
    expect(meta).toContain(`script-src 'self' ${cspHashSource(guardScript(PARTS))};`);
    expect(page).toContain(`<script defer src="./${STARTER_FILE}"></script>`);
    expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The guard comes right after the policy, before any stylesheet can let the page paint.
    expect(page.indexOf('data-snapshot-guard')).toBeLessThan(page.indexOf('rel="stylesheet"') >>> 0);
    expect(page.indexOf('data-snapshot-guard')).toBeGreaterThan(page.indexOf('Content-Security-Policy'));
  });

  it('is idempotent: a second snapshot replaces the first, with one guard and one hash', () => {
    const once = injectSnapshot(TEMPLATE, PARTS);
    const next = { ...PARTS, html: '<p>新</p>', asOf: '2026-12-01' };
    const twice = once.ok ? injectSnapshot(once.value, next) : once;
    const direct = injectSnapshot(TEMPLATE, next);
    expect(twice).toEqual(direct);
    if (!twice.ok) throw new Error(twice.error);
    expect(twice.value.match(/data-snapshot-guard/g)).toHaveLength(1);
    expect(twice.value.match(/<template id="app-start">/g)).toHaveLength(1);
    expect(twice.value.match(/'sha256-/g)).toHaveLength(1);
    expect(twice.value).not.toContain('6,950');
  });

  it('escapes the loading line and refuses a page it cannot place the snapshot in', () => {
    const r = injectSnapshot(TEMPLATE, { ...PARTS, loadingText: '<b>&' });
    expect(r.ok && r.value.includes('&lt;b&gt;&amp;')).toBe(true);
    expect(injectSnapshot('<html><head></head><body></body></html>', PARTS)).toEqual({
      ok: false,
      error: 'no <div id="root"></div> (nor an earlier snapshot) to put the snapshot in',
    });
    const noMeta = TEMPLATE.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(injectSnapshot(noMeta, PARTS)).toEqual({
      ok: false,
      error: 'no Content-Security-Policy meta tag to allow the guard script in',
    });
  });

  it('puts the font script after the guard, allows both by their hashes, and replaces it on a second run', () => {
    const font = '(function(){/*placeholder*/})();';
    const r = injectSnapshot(TEMPLATE, PARTS, { fontScript: font });
    if (!r.ok) throw new Error(r.error);
    const inline = [...r.value.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1],
    );
    expect(inline).toEqual([guardScript(PARTS), font]);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(r.value)![1]!;
    expect(meta).toContain(`script-src 'self' ${cspHashSource(guardScript(PARTS))} ${cspHashSource(font)};`);
    const again = injectSnapshot(r.value, PARTS, { fontScript: '(function(){/*other*/})();' });
    if (!again.ok) throw new Error(again.error);
    expect(again.value.match(/data-cjk-placeholder/g)).toHaveLength(1);
    expect(again.value).not.toContain('/*placeholder*/');
    expect(again.value.match(/'sha256-/g)).toHaveLength(2);
  });

  it("gives the header policy: the page's own, plus frame-ancestors", () => {
    const r = injectSnapshot(TEMPLATE, PARTS);
    if (!r.ok) throw new Error(r.error);
    const header = headerPolicy(r.value)!;
    expect(header.startsWith("default-src 'self'; script-src 'self' 'sha256-")).toBe(true);
    expect(header.endsWith("; form-action 'none'; frame-ancestors 'none'")).toBe(true);
    expect(headerPolicy('<html></html>')).toBeNull();
  });
});

describe('deferStart', () => {
  const built =
    '<head><meta charset="UTF-8" /><link rel="preload" href="./data/indicators.json" as="fetch" crossorigin="anonymous" />' +
    '<title>t</title><script type="module" crossorigin src="./assets/index-A.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/zod-B.js"><style>.a{}</style></head><body><div id="root"></div></body>';

  it("moves the app's script and preloads, in order, into the inert template, followed by the starter", () => {
    const r = deferStart(built);
    expect(r).toEqual({
      ok: true,
      value:
        '<head><meta charset="UTF-8" /><template id="app-start">' +
        '<link rel="preload" href="./data/indicators.json" as="fetch" crossorigin="anonymous" />' +
        '<script type="module" crossorigin src="./assets/index-A.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/zod-B.js"></template>' +
        `<script defer src="./${STARTER_FILE}"></script>` +
        '<title>t</title><style>.a{}</style></head><body><div id="root"></div></body>',
    });
  });

  it('names the dataset worker and the dataset on the template, for the starter to start early', () => {
    const r = deferStart(built, {
      worker: './assets/dataset-worker-C.js',
      dataset: './data/indicators.json',
    });
    expect(r.ok && r.value).toContain(
      '<template id="app-start" data-worker="./assets/dataset-worker-C.js" data-dataset="./data/indicators.json">' +
        '<link rel="preload"',
    );
    expect(r.ok && deferStart(r.value)).toEqual(r);
    const odd = deferStart(built, { worker: './a"b<.js', dataset: 'd' });
    expect(odd.ok && odd.value).toContain('data-worker="./a&quot;b&lt;.js"');
  });

  it('names the starter file by its content', () => {
    const hash = createHash('sha256').update(STARTER).digest('hex').slice(0, 8);
    expect(STARTER_FILE).toBe(`assets/app-start-${hash}.js`);
  });

  it('is idempotent, and refuses a page without a module script', () => {
    const once = deferStart(built);
    expect(once.ok && deferStart(once.value)).toEqual(once);
    expect(deferStart('<head><link rel="preload" href="x"></head>')).toEqual({
      ok: false,
      error: 'no module script to start the app with',
    });
  });
});

describe('inlineStylesheets', () => {
  const page =
    '<head><link rel="stylesheet" crossorigin href="./assets/index-A1.css">' +
    '<link rel="stylesheet" crossorigin href="./assets/fonts-B2.css"><link rel="icon" href="./favicon.svg"></head>';
  const css: Record<string, string> = {
    './assets/index-A1.css': '.a{color:red}/* </style><script>x</script> */',
    './assets/fonts-B2.css': '@font-face{src:url(./x.woff2)}',
  };

  it('inlines the stylesheets without url() and keeps the others as links', () => {
    const r = inlineStylesheets(page, (href) => css[href]!);
    expect(r).toEqual({
      ok: true,
      value:
        '<head><style data-href="./assets/index-A1.css">.a{color:red}/* <\\/style><script>x</script> */</style>' +
        '<link rel="stylesheet" crossorigin href="./assets/fonts-B2.css"><link rel="icon" href="./favicon.svg"></head>',
    });
  });

  it('says which file it could not read', () => {
    const r = inlineStylesheets(page, (href) => {
      throw new Error(`ENOENT: ${href}`);
    });
    expect(r).toEqual({ ok: false, error: 'ENOENT: ./assets/index-A1.css' });
  });
});
