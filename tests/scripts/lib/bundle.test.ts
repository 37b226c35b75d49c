import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACTIONS,
  analyzeDist,
  entryChunkPattern,
  gzipSize,
  htmlEntryRefs,
  staticImports,
} from '../../../scripts/lib/bundle';
import { BUDGETS, checkBudget } from '../../../scripts/check-budget';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeDist(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fake-dist-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
<link rel="stylesheet" href="./assets/index-C.css">
</head><body><div id="root"></div></body></html>`;

// Deterministic, incompressible filler (a SHA-256 chain in base64) so gzip sizes are predictable.
function filler(n: number, seed: number): string {
  const parts: string[] = [];
  let h = createHash('sha256').update(String(seed)).digest();
  for (let len = 0; len < n; len += 44) {
    h = createHash('sha256').update(h).digest();
    parts.push(h.toString('base64'));
  }
  return `/*${parts.join('').slice(0, n)}*/`;
}

const FILES = {
  'index.html': INDEX,
  'assets/index-A.js': `import{a as e}from"./vendor-B.js";import"./store-D.js";const c=()=>import("./LazyChart-E.js");${filler(3000, 1)}`,
  'assets/vendor-B.js': `export const a=1;${filler(2000, 2)}`,
  'assets/store-D.js': `export*from"./zod-F.js";${filler(1000, 3)}`,
  'assets/zod-F.js': `export const z=2;${filler(500, 4)}`,
  'assets/LazyChart-E.js': `import{a}from"./vendor-B.js";import("./echarts-G.js");${filler(4000, 5)}`,
  'assets/echarts-G.js': filler(8000, 6),
  'assets/index-C.css': 'body{margin:0}',
};

describe('bundle analysis', () => {
  it('finds the entry, its modulepreloads and static imports transitively, but not dynamic imports', () => {
    const r = analyzeDist(fakeDist(FILES));
    expect(r.source).toBe('index.html');
    expect(r.critical.map((c) => c.file).sort()).toEqual([
      'assets/index-A.js',
      'assets/store-D.js',
      'assets/vendor-B.js',
      'assets/zod-F.js',
    ]);
    expect(r.all).toHaveLength(6);
  });

  it('sums raw and gzip sizes of each set', () => {
    const r = analyzeDist(fakeDist(FILES));
    const raw = (f: keyof typeof FILES) => Buffer.byteLength(FILES[f]);
    const gz = (f: keyof typeof FILES) => gzipSync(FILES[f], { level: 9 }).length;
    const crit = ['assets/index-A.js', 'assets/vendor-B.js', 'assets/store-D.js', 'assets/zod-F.js'] as const;
    expect(r.criticalRaw).toBe(crit.reduce((s, f) => s + raw(f), 0));
    expect(r.criticalGzip).toBe(crit.reduce((s, f) => s + gz(f), 0));
    const js = Object.keys(FILES).filter((f) => f.endsWith('.js')) as (keyof typeof FILES)[];
    expect(r.allRaw).toBe(js.reduce((s, f) => s + raw(f), 0));
    expect(r.allGzip).toBe(js.reduce((s, f) => s + gz(f), 0));
    expect(r.all[0]!.file).toBe('assets/echarts-G.js');
  });

  it('uses the Vite manifest when there is one', () => {
    const manifest = {
      'index.html': { file: 'assets/index-A.js', isEntry: true, imports: ['_vendor.js'] },
      '_vendor.js': { file: 'assets/vendor-B.js' },
      'src/LazyChart.tsx': { file: 'assets/LazyChart-E.js', isDynamicEntry: true },
    };
    const r = analyzeDist(fakeDist({ ...FILES, '.vite/manifest.json': JSON.stringify(manifest) }));
    expect(r.source).toBe('manifest');
    expect(r.critical.map((c) => c.file)).toContain('assets/store-D.js');
    expect(r.all.map((c) => c.file)).not.toContain('.vite/manifest.json');
  });

  it.each([
    ['import{a as b}from"./x.js";', ['./x.js']],
    ['import "./side.js";', ['./side.js']],
    ['export*from"./re.js"', ['./re.js']],
    ['export{default as y}from"./y.js"', ['./y.js']],
    ['const m=import("./lazy.js")', []],
    ['__vitePreload(()=>import("./LazyChart.js"),[])', []],
    ['x.import("./no.js")', []],
  ])('staticImports(%s)', (js, expected) => {
    expect(staticImports(js)).toEqual(expected);
  });

  it('reads module scripts and modulepreload links from index.html, not classic scripts', () => {
    expect(htmlEntryRefs(INDEX + '<script src="legacy.js"></script>')).toEqual([
      './assets/index-A.js',
      './assets/vendor-B.js',
    ]);
  });

  it('gzipSize matches zlib level 9', () => {
    const b = Buffer.from(filler(1000, 9));
    expect(gzipSize(b)).toBe(gzipSync(b, { level: 9 }).length);
  });
});

describe('budget check', () => {
  // The fake build's actions: an export click that starts pptx-package (and with it fflate).
  const PPTX_ACTION = [{ name: 'PPTX', entries: ['pptx-package'] }];
  const withPptx = (pptx: string, more: Record<string, string> = {}) =>
    fakeDist({
      ...FILES,
      'assets/index-A.js': `${FILES['assets/index-A.js']}const p=()=>import(\`./pptx-package-H.js\`);`,
      'assets/pptx-package-H.js': `import{a}from"./vendor-B.js";import{z}from"./fflate-J.js";${pptx}`,
      'assets/fflate-J.js': `export const z=3;${filler(1000, 13)}`,
      ...more,
    });

  it('passes a small build and names the chunks of an oversized critical path', () => {
    const small = checkBudget(analyzeDist(fakeDist(FILES), []));
    expect(small.problems).toEqual([]);
    expect(small.lines[0]).toMatch(/^critical-path JS: [\d.]+ kB gzip/);

    const big = fakeDist({ ...FILES, 'assets/vendor-B.js': `export const a=1;${filler(200_000, 8)}` });
    const { problems } = checkBudget(analyzeDist(big, []));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/critical-path JS is .* over the 120\.0 kB budget/);
    expect(problems[0]).toContain('assets/vendor-B.js');
  });

  it('counts what the dashboard loads by itself apart from what one click loads', () => {
    const r = analyzeDist(
      withPptx(filler(3000, 11), { 'assets/dataset-worker-W.js': `self.onmessage=0;${filler(300, 14)}` }),
      PPTX_ACTION,
    );
    // The worker is not imported by any chunk (the page starts it by URL): no action leads to it, so it is
    // the dashboard's.
    expect(r.dashboard.map((c) => c.file).sort()).toEqual([
      'assets/LazyChart-E.js',
      'assets/dataset-worker-W.js',
      'assets/echarts-G.js',
      'assets/index-A.js',
      'assets/store-D.js',
      'assets/vendor-B.js',
      'assets/zod-F.js',
    ]);
    expect(r.onDemand.map((c) => c.file).sort()).toEqual(['assets/fflate-J.js', 'assets/pptx-package-H.js']);
    const [pptx] = r.actions;
    // vendor-B is already loaded by the dashboard: the click does not pay for it again.
    expect(pptx!.chunks.map((c) => c.file).sort()).toEqual([
      'assets/fflate-J.js',
      'assets/pptx-package-H.js',
    ]);
    expect(pptx!.gzip).toBe(pptx!.chunks.reduce((s, c) => s + c.gzip, 0));
    expect(pptx!.missing).toEqual([]);
  });

  it('flags dashboard JS over budget, naming the largest chunks', () => {
    const big = fakeDist({ ...FILES, 'assets/echarts-G.js': filler(500_000, 10) });
    const { problems } = checkBudget(analyzeDist(big, []));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^dashboard JS is [\d.]+ kB gzip, over the 320\.0 kB budget/);
    expect(problems[0]).toContain('assets/echarts-G.js');
    expect(BUDGETS.dashboardGzip).toBe(320_000);
  });

  it('keeps a large export library out of the dashboard budget, within its own per-action budget', () => {
    // A large chart library in the dashboard and a large export library behind a click: over 320 kB together
    // (the old "all JS" budget), each within its own budget apart.
    const r = analyzeDist(
      withPptx(filler(200_000, 12), { 'assets/echarts-G.js': filler(260_000, 17) }),
      PPTX_ACTION,
    );
    expect(r.allGzip).toBeGreaterThan(BUDGETS.dashboardGzip);
    expect(r.dashboardGzip).toBeLessThan(BUDGETS.dashboardGzip);
    expect(r.actions[0]!.gzip).toBeGreaterThan(100_000);
    expect(checkBudget(r).problems).toEqual([]);
  });

  it('flags an action over its 200 kB budget, naming its chunks', () => {
    const r = analyzeDist(withPptx(filler(300_000, 15)), PPTX_ACTION);
    const { problems } = checkBudget(r);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^action PPTX loads [\d.]+ kB gzip, over the 200\.0 kB per-action budget/);
    expect(problems[0]).toContain('assets/pptx-package-H.js');
    expect(BUDGETS.actionGzip).toBe(200_000);
  });

  it("flags an action whose module has no chunk, and counts an unnamed on-demand chunk as the dashboard's", () => {
    const r = analyzeDist(withPptx(filler(3000, 16)), [{ name: 'XLSX', entries: ['xlsx-export'] }]);
    expect(r.actions[0]!.missing).toEqual(['xlsx-export']);
    expect(r.dashboard.map((c) => c.file)).toContain('assets/pptx-package-H.js');
    const { problems } = checkBudget(r);
    expect(problems).toEqual([expect.stringMatching(/^action XLSX: no chunk for xlsx-export/)]);
  });

  it('finds every action of the real app by its entry module name', () => {
    expect(entryChunkPattern('csv-export').test('assets/csv-export-xvcDGg8y.js')).toBe(true);
    expect(entryChunkPattern('batch').test('assets/batch-MTNTAl5q.js')).toBe(true);
    expect(entryChunkPattern('batch').test('assets/batching-MTNTAl5q.js')).toBe(false);
    expect(entryChunkPattern('batch').test('assets/sub/batch-M.js')).toBe(false);
    expect(ACTIONS.map((a) => a.name)).toEqual(expect.arrayContaining(['CSV / JSON', 'PPTX', 'import']));
  });
});
