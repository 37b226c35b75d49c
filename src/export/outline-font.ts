// The bundled font as the SVG outliner (svg-outline.ts) needs it: character map, advances, line metrics and
// glyph outlines, read by opentype.js from a WOFF 1.0 or TrueType file; here only the outlines are written as
// compact SVG path data. Pure: the callers read or fetch the bytes (glyph-source.ts).
import { unzlibSync } from 'fflate';
import opentype, { type PathCommand } from 'opentype.js';

export interface OutlineFont {
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

const WOFF = 0x774f4646; // 'wOFF'

/**
 * A WOFF 1.0 file as the sfnt it wraps, its tables inflated by fflate; any other file as it is. opentype.js
 * reads WOFF itself, but its inflater (tiny-inflate) fails on some zlib streams (foliojs/tiny-inflate#4,
 * opentype.js#349), among them both weights of the bundled font's slice 101, which holds 孵 of 孵化器.
 */
export function unwrapWoff(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 44 || view.getUint32(0) !== WOFF) return bytes;
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [
      view.getUint32(at + 4),
      view.getUint32(at + 8),
      view.getUint32(at + 12),
    ];
    const raw = bytes.subarray(offset, offset + compressed);
    return { at, data: compressed < length ? unzlibSync(raw) : raw };
  });
  let size = 12 + count * 16;
  const offsets = tables.map((t) => {
    const offset = size;
    size += (t.data.length + 3) & ~3; // tables start on 4-byte boundaries
    return offset;
  });
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(Math.max(count, 1)));
  sfnt.setUint32(0, view.getUint32(4)); // the flavor: 0x00010000 for TrueType outlines
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, power * 16);
  sfnt.setUint16(8, Math.log2(power));
  sfnt.setUint16(10, (count - power) * 16);
  tables.forEach(({ at, data }, i) => {
    const record = 12 + i * 16;
    sfnt.setUint32(record, view.getUint32(at)); // tag
    sfnt.setUint32(record + 4, view.getUint32(at + 16)); // checksum
    sfnt.setUint32(record + 8, offsets[i]!);
    sfnt.setUint32(record + 12, data.length);
    out.set(data, offsets[i]);
  });
  return out;
}

/** Numbers joined as SVG path data: a space between them only where a minus sign does not separate them. */
function join(values: number[]): string {
  let s = '';
  for (const v of values) s += s && v >= 0 ? ` ${v}` : `${v}`;
  return s;
}

/**
 * A glyph's path commands (font units, y up) as compact path data: relative commands after the first move,
 * whole font units (1/1000 em for Noto Sans SC). Lines that go nowhere, or back to the start just before the
 * close that draws the same line, and contours that draw nothing, are left out.
 */
export function pathData(commands: readonly PathCommand[]): string {
  let d = '';
  let [cx, cy] = [0, 0]; // the current point, rounded
  let [sx, sy] = [0, 0]; // the subpath's start
  let move: [number, number] | null = null; // written with the subpath's first drawing command
  let drawn = false;
  const to = (command: string, points: [number, number][]) => {
    if (move) {
      d += (d ? 'm' : 'M') + join([move[0] - cx, move[1] - cy]);
      [cx, cy] = move;
      move = null;
    }
    const values: number[] = [];
    for (const [x, y] of points) values.push(Math.round(x) - cx, Math.round(y) - cy);
    d += command + join(values);
    const [x, y] = points[points.length - 1]!;
    [cx, cy] = [Math.round(x), Math.round(y)];
    drawn = true;
  };
  commands.forEach((c, i) => {
    switch (c.type) {
      case 'M':
        move = [Math.round(c.x), Math.round(c.y)];
        [sx, sy] = move;
        drawn = false;
        break;
      case 'L': {
        const [x, y] = [Math.round(c.x), Math.round(c.y)];
        const here = move ?? [cx, cy];
        const closing = commands[i + 1]?.type === 'Z' && x === sx && y === sy;
        if ((x !== here[0] || y !== here[1]) && !closing) to('l', [[c.x, c.y]]);
        break;
      }
      case 'Q':
        to('q', [
          [c.x1, c.y1],
          [c.x, c.y],
        ]);
        break;
      case 'C':
        to('c', [
          [c.x1, c.y1],
          [c.x2, c.y2],
          [c.x, c.y],
        ]);
        break;
      case 'Z':
        if (drawn) {
          d += 'z';
          [cx, cy] = [sx, sy]; // after z the current point is the subpath's start
        }
        move = null;
        drawn = false;
        break;
    }
  });
  return d;
}

/** Read a TrueType font (sfnt or WOFF 1.0) with opentype.js. Throws on anything else: callers treat that as "no glyphs". */
export function readOutlineFont(bytes: Uint8Array): OutlineFont {
  const sfnt = unwrapWoff(bytes);
  const font = opentype.parse(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength), {
    lowMemory: true,
  });
  if (font.outlinesFormat !== 'truetype') throw new Error('not a TrueType-outline font');
  const paths = new Map<number, string>();
  return {
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    glyphId: (cp) => font.charToGlyphIndex(String.fromCodePoint(cp)) || 0,
    advance: (g) => font.glyphs.get(g).advanceWidth ?? 0,
    path: (g) => {
      let d = paths.get(g);
      if (d === undefined) {
        d = g < font.numGlyphs ? pathData(font.glyphs.get(g).path.commands) : '';
        paths.set(g, d);
      }
      return d;
    },
  };
}
