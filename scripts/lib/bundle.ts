// What the built app ships: every JS chunk with its raw and gzip size, and the critical path — the JS
// that index.html loads before the first panel can show (the entry chunk and everything it imports
// statically, transitively). Dynamic imports (ECharts, the chart component) are not on the critical path.
//
// The critical path comes from dist/.vite/manifest.json when the build wrote one (`vite build --manifest`),
// and otherwise from index.html (module scripts and modulepreload links) plus the static imports found in
// those chunks. Both are followed, so a chunk is counted whichever way the build names it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  /** Path relative to the dist root, with forward slashes: 'assets/index-abc.js'. */
  file: string;
  raw: number;
  gzip: number;
}

/**
 * A user action that loads code of its own: an export button, the import section. `entries` name the modules
 * whose chunks the click starts (`import()` in src/components/export, src/app), as Vite names their chunks
 * (`assets/<entry>-<hash>.js`). What the click loads is those chunks and everything they import, statically
 * or dynamically, that the dashboard has not loaded already.
 */
export interface ActionSpec {
  name: string;
  entries: readonly string[];
}

/** Keep in step with the `import()` calls the buttons make: an entry with no chunk is reported. */
export const ACTIONS: readonly ActionSpec[] = [
  { name: 'CSV / JSON', entries: ['csv-export'] },
  { name: 'XLSX', entries: ['xlsx-export'] },
  { name: 'ZIP (PNG+SVG)', entries: ['batch', 'csv-export', 'render-chart'] },
  { name: 'PPTX', entries: ['pptx-deck', 'canvas-png'] },
  { name: 'Bulletin (Word)', entries: ['bulletin-file', 'render-chart'] },
  { name: 'PNG / SVG / print', entries: ['render-chart'] },
  { name: 'print layout', entries: ['PrintSheet'] },
  { name: 'import', entries: ['ImportPanelConnected'] },
];

export interface ActionSize {
  name: string;
  /** The chunks that only this click loads (its entries and what they import, less the dashboard's). */
  chunks: ChunkSize[];
  gzip: number;
  /** Entries with no chunk in the build (a renamed module): the action cannot be measured. */
  missing: string[];
}

export interface BundleReport {
  dist: string;
  critical: ChunkSize[];
  all: ChunkSize[];
  criticalRaw: number;
  criticalGzip: number;
  allRaw: number;
  allGzip: number;
  /** How the critical path was found. */
  source: 'manifest' | 'index.html';
  /**
   * What the dashboard loads by itself: every chunk that no action's entry leads to (the critical path, the
   * charts, the starter and the dataset worker, and anything not named) plus what those import.
   */
  dashboard: ChunkSize[];
  dashboardGzip: number;
  /** What only a user action loads: the union of the actions' chunks. */
  onDemand: ChunkSize[];
  onDemandGzip: number;
  actions: ActionSize[];
}

export function entryChunkPattern(entry: string): RegExp {
  return new RegExp(`^assets/${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.-][^/]*\\.m?js$`);
}

// A dynamic import("./x.js"), as Vite writes it inside its preload helper (with any of the three quotes).
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`\n]+\.m?js)["'`]\s*\)/g;

export function dynamicImports(js: string): string[] {
  return Array.from(js.matchAll(DYNAMIC_IMPORT), (m) => m[1]!);
}

/** gzip level 9, as a static host that precompresses would serve it. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

const HTML_SCRIPT = /<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const HTML_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*>/gi;
const HREF = /\bhref=["']([^"']+)["']/i;
// Static imports and re-exports in (minified) ESM: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export*from"./x.js"`. A dynamic `import("./x.js")` has a parenthesis and does not match.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+\.m?js)["']/g;

export function htmlEntryRefs(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(HTML_SCRIPT)) if (/type=["']module["']/i.test(m[0])) refs.push(m[1]!);
  for (const m of html.matchAll(HTML_PRELOAD)) {
    const href = HREF.exec(m[0]);
    if (href) refs.push(href[1]!);
  }
  return refs;
}

export function staticImports(js: string): string[] {
  return Array.from(js.matchAll(STATIC_IMPORT), (m) => m[1]!);
}

/** Resolve a reference made from `fromFile` (dist-relative) to a dist-relative path, or null if foreign. */
function resolveRef(ref: string, fromFile: string): string | null {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return null;
  const clean = ref.split(/[?#]/)[0]!;
  const joined = clean.startsWith('/')
    ? clean.slice(1)
    : posix.normalize(posix.join(posix.dirname(fromFile), clean));
  return joined.startsWith('..') ? null : joined;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  src?: string;
}

function manifestCritical(dist: string): string[] | null {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.push(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key] of entries) visit(key);
  return files;
}

export function analyzeDist(dist = 'dist', actions: readonly ActionSpec[] = ACTIONS): BundleReport {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: build the app first`);
  const sizes = new Map<string, ChunkSize>();
  for (const abs of listFiles(dist)) {
    if (!/\.m?js$/.test(abs) || abs.includes(`${sep}.vite${sep}`)) continue;
    const bytes = readFileSync(abs);
    const file = toPosix(relative(dist, abs));
    sizes.set(file, { file, raw: bytes.length, gzip: gzipSize(bytes) });
  }

  const fromManifest = manifestCritical(dist);
  const queue = (fromManifest ?? [])
    .concat(
      htmlEntryRefs(readFileSync(indexPath, 'utf8'))
        .map((r) => resolveRef(r, 'index.html'))
        .filter((r): r is string => r !== null),
    )
    .filter((f) => /\.m?js$/.test(f));
  const critical = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (critical.has(file) || !sizes.has(file)) continue;
    critical.add(file);
    for (const ref of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      const target = resolveRef(ref, file);
      if (target && !critical.has(target)) queue.push(target);
    }
  }

  const bySize = (a: ChunkSize, b: ChunkSize) => b.gzip - a.gzip || a.file.localeCompare(b.file);
  const all = [...sizes.values()].sort(bySize);
  const crit = all.filter((c) => critical.has(c.file));

  const edges = new Map<string, string[]>();
  const importsOf = (file: string): string[] => {
    let out = edges.get(file);
    if (!out) {
      const code = readFileSync(join(dist, file), 'utf8');
      out = [...staticImports(code), ...dynamicImports(code)]
        .map((ref) => resolveRef(ref, file))
        .filter((t): t is string => t !== null && sizes.has(t));
      edges.set(file, out);
    }
    return out;
  };
  /** Every chunk reachable from `roots` by static or dynamic import, not entering `stop`. */
  const closure = (roots: Iterable<string>, stop: ReadonlySet<string> = new Set()): Set<string> => {
    const seen = new Set<string>();
    const pending = [...roots];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const t of importsOf(file)) if (!seen.has(t) && !stop.has(t)) pending.push(t);
    }
    return seen;
  };

  const entryFiles = (entry: string) =>
    all.map((c) => c.file).filter((f) => entryChunkPattern(entry).test(f));
  const actionEntries = new Set(actions.flatMap((a) => a.entries.flatMap(entryFiles)));
  // The dashboard: the critical path, and every chunk no action leads to (the page loads those by some
  // means of its own: lazily, from index.html's template, as a worker), with what they import — but not
  // the chunks an action starts. A chunk the analysis cannot place counts against the dashboard.
  // (Action chunks import the dashboard's, Vite's preload helper at least: stop at the critical path.)
  const reachedByActions = closure(actionEntries, critical);
  const roots = [...critical, ...all.map((c) => c.file).filter((f) => !reachedByActions.has(f))];
  const stop = new Set([...actionEntries].filter((f) => !critical.has(f)));
  const dashboardSet = closure(roots, stop);

  const sum = (xs: ChunkSize[], k: 'raw' | 'gzip') => xs.reduce((s, c) => s + c[k], 0);
  const dashboard = all.filter((c) => dashboardSet.has(c.file));
  const onDemand = all.filter((c) => !dashboardSet.has(c.file));
  const actionSizes = actions.map((spec): ActionSize => {
    const files = closure(spec.entries.flatMap(entryFiles), dashboardSet);
    const chunks = all.filter((c) => files.has(c.file) && !dashboardSet.has(c.file));
    return {
      name: spec.name,
      chunks,
      gzip: sum(chunks, 'gzip'),
      missing: spec.entries.filter((e) => entryFiles(e).length === 0),
    };
  });
  return {
    dashboard,
    dashboardGzip: sum(dashboard, 'gzip'),
    onDemand,
    onDemandGzip: sum(onDemand, 'gzip'),
    actions: actionSizes,
    dist,
    critical: crit,
    all,
    criticalRaw: sum(crit, 'raw'),
    criticalGzip: sum(crit, 'gzip'),
    allRaw: sum(all, 'raw'),
    allGzip: sum(all, 'gzip'),
    source: fromManifest ? 'manifest' : 'index.html',
  };
}
