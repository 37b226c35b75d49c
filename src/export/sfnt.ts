// Just enough of a TrueType font to draw its glyphs as SVG paths: the character map, the advance widths and
// the quadratic outlines (simple and composite glyphs). Reads an sfnt or a WOFF 1.0 file (zlib tables, fflate);
// WOFF2 needs a Brotli decoder and is refused. The bundled Noto Sans SC has TrueType ('glyf') outlines; a CFF
// font is refused too. Pure: the callers read or fetch the bytes. Used by the SVG outliner (svg-outline.ts).
import { unzlibSync } from 'fflate';

export interface SfntFont {
  unitsPerEm: number;
  /** hhea ascender and descender (negative), in font units: where a line's box lies around its baseline. */
  ascender: number;
  descender: number;
  /** The glyph of a code point, or 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number;
  /** Advance width in font units. */
  advance(glyph: number): number;
  /** SVG path data of the glyph in font units, y up; '' for an empty glyph (a space). */
  path(glyph: number): string;
}

type Tables = Map<string, DataView>;

const WOFF = 0x774f4646; // 'wOFF'
const WOFF2 = 0x774f4632; // 'wOF2'
const TRUETYPE = [0x00010000, 0x74727565]; // 1.0, 'true'

const tag = (v: DataView, at: number) =>
  String.fromCharCode(...new Uint8Array(v.buffer, v.byteOffset + at, 4));

function readTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables: Tables = new Map();
  const signature = view.getUint32(0);
  if (signature === WOFF2) throw new Error('WOFF2 fonts need a Brotli decoder: give a WOFF or TTF file');
  if (signature === WOFF) {
    if (!TRUETYPE.includes(view.getUint32(4))) throw new Error('not a TrueType-outline font');
    for (let i = 0; i < view.getUint16(12); i++) {
      const at = 44 + i * 20;
      const offset = view.getUint32(at + 4);
      const compressed = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      const raw = bytes.subarray(offset, offset + compressed);
      const data = compressed < length ? unzlibSync(raw) : raw;
      tables.set(tag(view, at), new DataView(data.buffer, data.byteOffset, data.byteLength));
    }
    return tables;
  }
  if (!TRUETYPE.includes(signature)) throw new Error('not a TrueType-outline font (sfnt or WOFF)');
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    const offset = view.getUint32(at + 8);
    tables.set(tag(view, at), new DataView(bytes.buffer, bytes.byteOffset + offset, view.getUint32(at + 12)));
  }
  return tables;
}

function table(tables: Tables, name: string): DataView {
  const t = tables.get(name);
  if (!t) throw new Error(`the font has no '${name}' table`);
  return t;
}

/** The best Unicode subtable of 'cmap' as a lookup: format 12 (full Unicode) or format 4 (BMP). */
function characterMap(cmap: DataView): (cp: number) => number {
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && !best))) best = { offset, format };
  }
  if (!best) throw new Error('the font has no Unicode character map');
  const o = best.offset;
  if (best.format === 12) {
    const groups = cmap.getUint32(o + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = o + 16 + mid * 12;
        if (cp < cmap.getUint32(at)) hi = mid - 1;
        else if (cp > cmap.getUint32(at + 4)) lo = mid + 1;
        else return cmap.getUint32(at + 8) + cp - cmap.getUint32(at);
      }
      return 0;
    };
  }
  const segments = cmap.getUint16(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > cmap.getUint16(ends + s * 2)) continue;
      const start = cmap.getUint16(starts + s * 2);
      if (cp < start) return 0;
      const delta = cmap.getInt16(deltas + s * 2);
      const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

interface Point {
  x: number;
  y: number;
  on: boolean;
}

const F2DOT14 = (v: DataView, at: number) => v.getInt16(at) / 16384;

/** The contours of a glyph as points (composite glyphs resolved), in font units. */
function contours(
  glyf: DataView,
  loca: (g: number) => [number, number],
  glyph: number,
  depth = 0,
): Point[][] {
  const [start, end] = loca(glyph);
  if (end <= start || depth > 8) return [];
  const count = glyf.getInt16(start);
  if (count >= 0) return simpleContours(glyf, start, count);
  const out: Point[][] = [];
  let at = start + 10;
  for (;;) {
    const flags = glyf.getUint16(at);
    const component = glyf.getUint16(at + 2);
    at += 4;
    let dx = 0;
    let dy = 0;
    if (flags & 1) {
      if (flags & 2) [dx, dy] = [glyf.getInt16(at), glyf.getInt16(at + 2)];
      at += 4;
    } else {
      if (flags & 2) [dx, dy] = [glyf.getInt8(at), glyf.getInt8(at + 1)];
      at += 2;
    }
    let [a, b, c, d] = [1, 0, 0, 1];
    if (flags & 0x8) {
      a = d = F2DOT14(glyf, at);
      at += 2;
    } else if (flags & 0x40) {
      [a, d] = [F2DOT14(glyf, at), F2DOT14(glyf, at + 2)];
      at += 4;
    } else if (flags & 0x80) {
      [a, b, c, d] = [F2DOT14(glyf, at), F2DOT14(glyf, at + 2), F2DOT14(glyf, at + 4), F2DOT14(glyf, at + 6)];
      at += 8;
    }
    for (const contour of contours(glyf, loca, component, depth + 1)) {
      out.push(contour.map((p) => ({ x: a * p.x + c * p.y + dx, y: b * p.x + d * p.y + dy, on: p.on })));
    }
    if (!(flags & 0x20)) return out;
  }
}

function simpleContours(glyf: DataView, start: number, count: number): Point[][] {
  const endPoints: number[] = [];
  for (let i = 0; i < count; i++) endPoints.push(glyf.getUint16(start + 10 + i * 2));
  const total = count === 0 ? 0 : endPoints[count - 1]! + 1;
  let at = start + 10 + count * 2;
  at += 2 + glyf.getUint16(at); // instructions
  const flags: number[] = [];
  while (flags.length < total) {
    const flag = glyf.getUint8(at++);
    flags.push(flag);
    if (flag & 8) for (let r = glyf.getUint8(at++); r > 0; r--) flags.push(flag);
  }
  const coordinates = (short: number, same: number): number[] => {
    const values: number[] = [];
    let v = 0;
    for (const flag of flags) {
      if (flag & short) {
        const d = glyf.getUint8(at++);
        v += flag & same ? d : -d;
      } else if (!(flag & same)) {
        v += glyf.getInt16(at);
        at += 2;
      }
      values.push(v);
    }
    return values;
  };
  const xs = coordinates(2, 16);
  const ys = coordinates(4, 32);
  const out: Point[][] = [];
  let first = 0;
  for (const last of endPoints) {
    const contour: Point[] = [];
    for (let i = first; i <= last; i++) contour.push({ x: xs[i]!, y: ys[i]!, on: (flags[i]! & 1) === 1 });
    out.push(contour);
    first = last + 1;
  }
  return out;
}

/** Numbers joined as SVG path data: a space between them only where a minus sign does not separate them. */
function join(values: number[]): string {
  let s = '';
  for (const v of values) s += s && v >= 0 ? ` ${v}` : `${v}`;
  return s;
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });

/**
 * Contours as compact path data (relative commands, whole font units: 1/1000 em for Noto Sans SC).
 * TrueType's quadratic splines: two off-curve points in a row imply the on-curve point halfway between.
 */
export function pathData(glyphContours: readonly Point[][]): string {
  let d = '';
  let cx = 0;
  let cy = 0;
  const to = (command: string, points: Point[]) => {
    const values: number[] = [];
    for (const p of points) values.push(Math.round(p.x) - cx, Math.round(p.y) - cy);
    d += command + join(values);
    const last = points[points.length - 1]!;
    [cx, cy] = [Math.round(last.x), Math.round(last.y)];
  };
  for (const contour of glyphContours) {
    if (contour.length < 2) continue;
    const firstOn = contour.findIndex((p) => p.on);
    const start = firstOn >= 0 ? contour[firstOn]! : midpoint(contour[0]!, contour[contour.length - 1]!);
    const rest = firstOn >= 0 ? [...contour.slice(firstOn + 1), ...contour.slice(0, firstOn)] : [...contour];
    to(d ? 'm' : 'M', [start]);
    const [sx, sy] = [cx, cy];
    let control: Point | null = null;
    for (const q of [...rest, start]) {
      if (!q.on) {
        if (control) to('q', [control, midpoint(control, q)]);
        control = q;
      } else if (control) {
        to('q', [control, q]);
        control = null;
      } else if (q !== start) {
        to('l', [q]);
      }
    }
    d += 'z';
    [cx, cy] = [sx, sy]; // after z the current point is the subpath's start
  }
  return d;
}

/** Parse a TrueType font (sfnt or WOFF 1.0). Throws on anything else: callers treat that as "no glyphs". */
export function parseSfnt(bytes: Uint8Array): SfntFont {
  const tables = readTables(bytes);
  const head = table(tables, 'head');
  const hhea = table(tables, 'hhea');
  const hmtx = table(tables, 'hmtx');
  const maxp = table(tables, 'maxp');
  const locaTable = table(tables, 'loca');
  const glyf = table(tables, 'glyf');
  const glyphs = maxp.getUint16(4);
  const longOffsets = head.getInt16(50) === 1;
  const loca = (g: number): [number, number] =>
    longOffsets
      ? [locaTable.getUint32(g * 4), locaTable.getUint32(g * 4 + 4)]
      : [locaTable.getUint16(g * 2) * 2, locaTable.getUint16(g * 2 + 2) * 2];
  const metrics = hhea.getUint16(34);
  const map = characterMap(table(tables, 'cmap'));
  const paths = new Map<number, string>();
  return {
    unitsPerEm: head.getUint16(18),
    ascender: hhea.getInt16(4),
    descender: hhea.getInt16(6),
    glyphId: (cp) => {
      const g = map(cp);
      return g < glyphs ? g : 0;
    },
    advance: (g) => hmtx.getUint16(Math.min(g, metrics - 1) * 4),
    path: (g) => {
      let d = paths.get(g);
      if (d === undefined) {
        d = g < glyphs ? pathData(contours(glyf, loca, g)) : '';
        paths.set(g, d);
      }
      return d;
    },
  };
}
