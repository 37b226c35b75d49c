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
  /** What the dashboard loads by itself: the critical path plus what it imports dynamically (the charts). */
  dashboard: ChunkSize[];
  dashboardGzip: number;
  /** What only a user action loads (an export button, the import section): see ON_DEMAND. */
  onDemand: ChunkSize[];
  onDemandGzip: number;
}

/**
 * Chunks that load only when a user asks for them: the CSV writer, the ZIP and PPTX builders (fflate,
 * our PPTX writer), the off-screen chart renderer and the import panel. Named by the module that starts each chunk.
 */
export const ON_DEMAND =
  /^assets\/(batch|csv-export|papaparse|pptx-package|render-chart|ImportPanelConnected)[.-]/;
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

export function analyzeDist(dist = 'dist'): BundleReport {
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
  // The dashboard: everything reachable from the critical path, statically or dynamically, except what
  // only a user action starts.
  const dashboardSet = new Set<string>();
  const pending = [...critical];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (dashboardSet.has(file) || !sizes.has(file)) continue;
    if (ON_DEMAND.test(file) && !critical.has(file)) continue;
    dashboardSet.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const ref of [...staticImports(code), ...dynamicImports(code)]) {
      const target = resolveRef(ref, file);
      if (target && !dashboardSet.has(target)) pending.push(target);
    }
  }

  const sum = (xs: ChunkSize[], k: 'raw' | 'gzip') => xs.reduce((s, c) => s + c[k], 0);
  const dashboard = all.filter((c) => dashboardSet.has(c.file));
  const onDemand = all.filter((c) => !dashboardSet.has(c.file));
  return {
    dashboard,
    dashboardGzip: sum(dashboard, 'gzip'),
    onDemand,
    onDemandGzip: sum(onDemand, 'gzip'),
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
