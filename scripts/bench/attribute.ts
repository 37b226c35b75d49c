// Which source modules make up a built chunk: reads the chunk's source map and attributes each generated
// byte range to the source it came from, grouped by package (node_modules/<pkg>) or by app folder
// (src/<folder>). Raw bytes, not gzip; enough to see what dominates the critical path.
import { existsSync, readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map(Array.from(B64, (c, i) => [c, i]));

/** Decode one source-map VLQ segment into its numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** 'node_modules/.pnpm/x/node_modules/react-dom/cjs/…' → 'react-dom'; '../../src/store/a.ts' → 'src/store'. */
export function groupOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = source.indexOf('src/');
  if (src >= 0) {
    const parts = source.slice(src).split('/');
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : source.slice(src);
  }
  return source.replace(/^(\.\.\/)+/, '') || '(unknown)';
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Bytes of generated code per group, from a chunk and its map; unmapped bytes go to '(unmapped)'. */
export function attributeChunk(code: string, map: SourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (group: string, n: number) => totals.set(group, (totals.get(group) ?? 0) + n);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let sourceIndex = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const segs = (mapLines[li] ?? '').split(',').filter((s) => s !== '');
    let col = 0;
    const starts: { col: number; source: number | null }[] = [];
    for (const seg of segs) {
      const v = decodeVlq(seg);
      col += v[0] ?? 0;
      if (v.length >= 4) {
        sourceIndex += v[1]!;
        starts.push({ col, source: sourceIndex });
      } else starts.push({ col, source: null });
    }
    // Columns are UTF-16 units; count bytes of each range.
    let prev = 0;
    let prevSource: number | null = null;
    for (const s of [...starts, { col: line.length, source: null }]) {
      if (s.col > prev) {
        const bytes = Buffer.byteLength(line.slice(prev, s.col));
        add(prevSource === null ? '(unmapped)' : groupOf(map.sources[prevSource] ?? ''), bytes);
      }
      prev = Math.max(prev, s.col);
      prevSource = s.source;
    }
    if (li < lines.length - 1) add('(unmapped)', 1);
  }
  return totals;
}

/** Attribution of several chunk files (each with a sibling .map), summed; null if a map is missing. */
export function attributeFiles(paths: string[]): Map<string, number> | null {
  const totals = new Map<string, number>();
  for (const p of paths) {
    if (!existsSync(`${p}.map`)) return null;
    const map = JSON.parse(readFileSync(`${p}.map`, 'utf8')) as SourceMap;
    for (const [g, n] of attributeChunk(readFileSync(p, 'utf8'), map))
      totals.set(g, (totals.get(g) ?? 0) + n);
  }
  return totals;
}
