// Which source modules make up a built chunk: reads the chunk's source map and attributes each generated
// byte range to the source it came from, grouped by package (node_modules/<pkg>) or by app folder
// (src/<folder>), raw and (each group compressed alone) gzip: enough to see what dominates a path.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSize } from '../lib/bundle';

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

/** Generated code per group, from a chunk and its map; unmapped code goes to '(unmapped)'. */
export function attributeChunk(code: string, map: SourceMap): Map<string, string[]> {
  const totals = new Map<string, string[]>();
  const add = (group: string, piece: string) => {
    const list = totals.get(group);
    if (list) list.push(piece);
    else totals.set(group, [piece]);
  };
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
        add(
          prevSource === null ? '(unmapped)' : groupOf(map.sources[prevSource] ?? ''),
          line.slice(prev, s.col),
        );
      }
      prev = Math.max(prev, s.col);
      prevSource = s.source;
    }
    if (li < lines.length - 1) add('(unmapped)', '\n');
  }
  return totals;
}

export interface GroupSize {
  group: string;
  raw: number;
  /** gzip of the group's code alone: an estimate of its share of the compressed chunk. */
  gzip: number;
}

/** Attribution of several chunk files, largest first; chunks without a sibling .map count as '(no map)'. */
export function attributeFiles(paths: string[]): GroupSize[] {
  const pieces = new Map<string, string[]>();
  for (const p of paths) {
    const code = readFileSync(p, 'utf8');
    if (!existsSync(`${p}.map`)) {
      pieces.set('(no map)', (pieces.get('(no map)') ?? []).concat(code));
      continue;
    }
    const map = JSON.parse(readFileSync(`${p}.map`, 'utf8')) as SourceMap;
    for (const [g, list] of attributeChunk(code, map)) pieces.set(g, (pieces.get(g) ?? []).concat(list));
  }
  return [...pieces.entries()]
    .map(([group, list]) => {
      const code = Buffer.from(list.join(''));
      return { group, raw: code.length, gzip: gzipSize(code) };
    })
    .sort((a, b) => b.raw - a.raw);
}
