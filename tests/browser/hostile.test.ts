// The built app against broken and hostile input, in chromium: a missing, truncated or schema-invalid
// dataset; one indicator the UI cannot compute; hostile links; and the Content-Security-Policy. Each
// variant is a copy of dist/ in a temp directory, corrupted there, and served from the app's subpath.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/dataset-schema';
import { CONTENT_SECURITY_POLICY, type StaticServer } from '../../scripts/lib/static-server';
import { foreignRequests, launch, serveDist, type PageLog } from '../../scripts/lib/browser';

const AS_OF = 'asOf=2025-06-30';
const work = mkdtempSync(join(tmpdir(), 'hostile-app-'));
const good = JSON.parse(readFileSync('dist/data/indicators.json', 'utf8')) as Dataset;
const total = good.indicators.length;

// One indicator with an impossible target date, one with a value too large for any arithmetic.
const badDate = good.indicators.find((i) => i.observations.some((o) => o.role === 'target'));
const hugeValue = good.indicators.find((i) => i.id !== badDate?.id && i.observations.length > 1);
const healthy = good.indicators.find(
  (i) => i.id !== badDate?.id && i.id !== hugeValue?.id && i.observations.some((o) => o.role === 'actual'),
);

type Variant = 'good' | 'missing' | 'truncated' | 'schema' | 'bad-indicator';
const servers = new Map<Variant, StaticServer>();
let browser: Browser;

/** A copy of dist/ whose data/indicators.json is replaced (null: deleted). */
function variant(name: Variant, json: string | null): string {
  const root = join(work, name);
  cpSync('dist', root, { recursive: true });
  const file = join(root, 'data', 'indicators.json');
  if (json === null) rmSync(file);
  else writeFileSync(file, json);
  return root;
}

function corrupted(edit: (d: Dataset) => void): string {
  const d = structuredClone(good);
  edit(d);
  return JSON.stringify(d);
}

beforeAll(async () => {
  const text = readFileSync('dist/data/indicators.json', 'utf8');
  const roots: [Variant, string][] = [
    ['good', variant('good', text)],
    ['missing', variant('missing', null)],
    ['truncated', variant('truncated', text.slice(0, Math.floor(text.length / 2)))],
    [
      'schema',
      variant(
        'schema',
        corrupted((d) => {
          const loose = d as unknown as { indicators: Record<string, unknown>[] };
          (loose.indicators[0] as Record<string, unknown>).unit = '<img src=x onerror="window.__pwned=1">';
          const o = d.indicators[1]?.observations[0] as unknown as Record<string, unknown>;
          o.value = '6950';
        }),
      ),
    ],
    [
      'bad-indicator',
      variant(
        'bad-indicator',
        corrupted((d) => {
          const a = d.indicators.find((i) => i.id === badDate?.id);
          const target = a?.observations.find((o) => o.role === 'target');
          if (target) target.period = '2025-02-30';
          const b = d.indicators.find((i) => i.id === hugeValue?.id);
          const last = b?.observations.at(-1);
          if (last) last.value = Number.MAX_VALUE;
        }),
      ),
    ],
  ];
  browser = await launch();
  for (const [name, root] of roots) servers.set(name, await serveDist(root));
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers.values()) await s.close();
  rmSync(work, { recursive: true, force: true });
});

interface Traps {
  csp: string[];
  dialogs: string[];
  pwned: boolean;
}

/** Open a page with traps set before any script runs: CSP violations, alert/confirm/prompt, and a flag
 *  every payload below tries to set. */
async function open(
  variantName: Variant,
  query = '',
): Promise<{
  page: Page;
  context: BrowserContext;
  log: PageLog;
  traps: () => Promise<Traps>;
  allViolations: () => Promise<string[]>;
  origin: string;
}> {
  const server = servers.get(variantName) as StaticServer;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __dialogs: string[] };
    w.__csp = [];
    w.__dialogs = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (msg: unknown) => {
        w.__dialogs.push(`${name}(${String(msg)})`);
        return null;
      };
    }
  });
  const page = await context.newPage();
  const log: PageLog = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /content security policy/i.test(m.text())) log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(`${server.url}${query}`, { waitUntil: 'networkidle' });
  // zod's probe for new Function() is reported as an eval violation (see the CSP test, which counts every
  // violation); here what matters is that no injected markup, handler or script was blocked or ran.
  const traps = () =>
    page.evaluate(() => {
      const w = window as unknown as { __csp: string[]; __dialogs: string[]; __pwned?: unknown };
      return {
        csp: w.__csp.filter((v) => !v.startsWith('script-src eval ')),
        dialogs: w.__dialogs,
        pwned: w.__pwned !== undefined,
      };
    });
  const allViolations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, context, log, traps, allViolations, origin: new URL(server.url).origin };
}

describe('a dataset that cannot be used shows why, never a blank page', () => {
  it.each([
    ['missing', /无法获取数据文件 .*indicators\.json：HTTP 404/],
    ['truncated', /数据文件不是有效的 JSON（可能下载不完整）/],
    ['schema', /数据文件不符合数据格式（共 2 处问题）/],
  ] as const)('%s indicators.json', async (name, message) => {
    const { page, context, log, traps, origin } = await open(name, `?${AS_OF}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/数据无法加载/);
    expect(await alert.innerText()).toMatch(message);
    expect(await page.getByRole('button', { name: '重新加载' }).count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await traps()).toEqual({ csp: [], dialogs: [], pwned: false });
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, origin)).toEqual([]);
    await context.close();
  });

  it('names each invalid field of a schema-invalid dataset, with its value shown as text', async () => {
    const { page, context } = await open('schema', `?${AS_OF}`);
    const issues = await page.locator('.load-issues li').allInnerTexts();
    expect(issues).toEqual([
      expect.stringMatching(/^indicators\.0\.unit: /),
      expect.stringMatching(/^indicators\.1\.observations\.0\.value: /),
    ]);
    await context.close();
  });
});

describe('one indicator the UI cannot compute stays in its own panel', () => {
  const q = (name: string) => `?q=${encodeURIComponent(name)}&${AS_OF}`;
  if (!badDate || !hugeValue || !healthy) throw new Error('the dataset lacks the indicators this test needs');

  it('an impossible target date (2025-02-30): an error in that panel, not a silently dropped target', async () => {
    const { page, context, log } = await open('bad-indicator', q(badDate.name.zh));
    const panel = page.getByRole('article', { name: badDate.name.zh, exact: true });
    await expect.poll(() => panel.count()).toBe(1);
    await expect.poll(() => panel.getByRole('alert').count()).toBe(1);
    expect(await panel.getByRole('alert').innerText()).toMatch(/此指标无法显示：.*2025-02-30/);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('a value too large for arithmetic (Number.MAX_VALUE): no NaN or Infinity on screen, no crash', async () => {
    const { page, context, log } = await open('bad-indicator', q(hugeValue.name.zh));
    const panel = page.getByRole('article', { name: hugeValue.name.zh, exact: true });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.innerText()).not.toMatch(/NaN|Infinity|undefined|null/);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('the other indicators and the page keep working', async () => {
    const rest = await open('bad-indicator', `?${AS_OF}`);
    await expect.poll(() => rest.page.getByText(`共 ${total} 项指标`).count()).toBe(1);
    expect(await rest.page.getByRole('article').count()).toBeGreaterThan(1);
    expect(rest.log.pageErrors).toEqual([]);
    await rest.context.close();

    const other = await open('bad-indicator', q(healthy.name.zh));
    const ok = other.page.getByRole('article', { name: healthy.name.zh, exact: true });
    await expect.poll(() => ok.count()).toBe(1);
    expect(await ok.getByRole('alert').count()).toBe(0);
    expect(other.log.pageErrors).toEqual([]);
    await other.context.close();
  });
});

describe('hostile links', () => {
  const payloads = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
  ];
  const params = ['region', 'topic', 'doc', 'status', 'q', 'lang', 'asOf', 'sort', 'view', 'evil'];

  it.each(payloads)('%s in every parameter is ignored with a notice; nothing runs', async (payload) => {
    const query = params.map((p) => `${p}=${encodeURIComponent(payload)}`).join('&');
    const { page, context, log, traps, origin } = await open(
      'good',
      `?${query}#${encodeURIComponent(payload)}`,
    );
    const notice = page.getByRole('status').filter({ hasText: '已忽略' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain(payload.slice(0, 20));
    // The inline scripts are the page's own two, the snapshot guard and the placeholder font's loader, each
    // allowed by its hash (see the CSP tests below).
    expect(
      await page
        .locator(
          'img[src="x"], svg[onload], script:not([src]):not([data-snapshot-guard]):not([data-cjk-placeholder])',
        )
        .count(),
    ).toBe(0);
    await page.waitForTimeout(300); // give an onerror handler the chance to fire
    expect(await traps()).toEqual({ csp: [], dialogs: [], pwned: false });
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, origin)).toEqual([]);
    await context.close();
  });

  it('unknown ids, impossible dates and very long values: ignored with a notice, the page still works', async () => {
    // Long, but under the 16 KB a Node server accepts for a request line.
    const long = 'x'.repeat(6_000);
    const query = [
      'region=atlantis,chongqing',
      'topic=nope',
      'doc=doc-404',
      'status=winning',
      'asOf=2025-02-30',
      'sort=%E9%9A%8F%E6%9C%BA',
      'view=huge',
      `q=${long}`,
      `region=${long}`,
    ].join('&');
    const { page, context, log, traps } = await open('good', `?${query}`);
    const notice = page.getByRole('status').filter({ hasText: '已忽略' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    for (const shown of ['atlantis', 'nope', 'doc-404', 'winning', '2025-02-30', 'huge'])
      expect(text).toContain(shown);
    expect(text.length).toBeLessThan(2000); // long values are shortened, not echoed whole
    await expect.poll(() => page.getByText(new RegExp(`显示 \\d+ / ${total} 项指标`)).count()).toBe(1);
    expect(await traps()).toEqual({ csp: [], dialogs: [], pwned: false });
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  it('is sent as a header and a meta tag: own origin only, the two inline scripts allowed by their hashes', async () => {
    const server = servers.get('good') as StaticServer;
    const res = await fetch(server.url);
    const html = await res.text();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(res.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    // The only inline scripts are the snapshot guard and the placeholder font's loader (src/boot/, put in by
    // scripts/prerender.ts), each allowed by its SHA-256 alone; the starter that adds the app's script is a
    // file from our origin.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(inline.map((m) => m[1]!.trim())).toEqual(['data-snapshot-guard', 'data-cjk-placeholder']);
    const hashes = inline.map(
      (m) => `'sha256-${createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`,
    );
    expect(meta).toContain(`script-src 'self' ${hashes.join(' ')};`);
    expect(meta).toBe(
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`).replace(
        "; frame-ancestors 'none'",
        '',
      ),
    );
    expect(html).toMatch(/<script defer src="\.\/assets\/app-start-[0-9a-f]{8}\.js"><\/script>/);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ])
      expect(meta).toContain(directive);
    expect(meta).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*|https?:/);
  });

  it('the app works under it: no violation, no CSP message, no request to another host', async () => {
    const { page, context, log, allViolations, origin } = await open('good', `?${AS_OF}`);
    await expect.poll(() => page.getByText(`共 ${total} 项指标`).count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => (window as { __liveCharts?: number }).__liveCharts ?? 0))
      .toBeGreaterThan(0);
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(500);
    const source = page.getByRole('article').first().getByRole('button').first();
    if ((await source.count()) > 0) await source.click();
    await page.waitForTimeout(300);
    expect(await allViolations()).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, origin)).toEqual([]);
    await context.close();
  });
});

describe('a hostile import', () => {
  const indicator = good.indicators.find((i) => i.id === 'gx-loan-balance');
  const name = indicator?.name.zh ?? '';
  const csv =
    'indicator,role,period,value,qualifier,basis,source_note\n' +
    'gx-loan-balance,actual,2023,700,=,level,"<img src=x onerror=""window.__pwned=1"">"\n' +
    'gx-loan-balance,actual,2024,760,=,level,"=HYPERLINK(""http://evil.example"",""点击"")"\n' +
    `gx-loan-balance,actual,2022,650,=,level,${'长'.repeat(600)}\n` +
    'gx-loan-balance,actual,2021,640,=,level,"bell\u0007"\n';

  it('shows every cell as text, refuses bad rows by line, and neutralises formulas in the CSV export', async () => {
    const { page, context, log, traps } = await open('good', `?${AS_OF}&q=${encodeURIComponent(name)}`);
    await page.getByText('导入更新数据（CSV）').click();
    await page.getByLabel('选择 CSV 文件').setInputFiles({
      name: 'hostile.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    // The over-long and the control-character rows are refused, each named by its line.
    const bad = page.getByRole('table', { name: '有问题的行' });
    await expect.poll(() => bad.locator('tbody tr').count()).toBe(2);
    const rows = await bad.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^4\s+source_note 过长（600 个字符，上限 500）/);
    expect(rows[1]).toMatch(/^5\s+source_note 含有控制字符或方向控制字符（U\+0007）/);
    expect(await page.locator('.import-review img').count()).toBe(0);
    await page.getByRole('button', { name: '确认导入 2 行' }).click();

    const panel = page.getByRole('article', { name, exact: true });
    await expect.poll(() => panel.getByText('用户导入').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: /760 亿元（用户导入）/ }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('mark').innerText()).toBe('=HYPERLINK("http://evil.example","点击")');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 CSV 表格/ }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain(`'=HYPERLINK(""http://evil.example"",""点击"")`);
    expect(exported).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(exported).toContain('<img src=x onerror=""window.__pwned=1"">');

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await traps()).toEqual({ csp: [], dialogs: [], pwned: false });
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
