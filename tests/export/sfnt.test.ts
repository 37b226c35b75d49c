// The font reader against opentype.js (a full implementation, here only as the reference): the same glyph,
// advance and outline for every character of a real chart's text, from the WOFF files the app ships.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { parseSfnt, pathData } from '../../src/export/sfnt';

const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
const file = (name: string) => readFileSync(join(pkg, 'files', name));
// The whole simplified-Chinese cut in bold: Latin, digits, CJK punctuation and 7,000 hanzi in one file.
const BOLD = file('noto-sans-sc-chinese-simplified-700-normal.woff');
const TEXT = '重庆市 · 综合信用融资试点贷款发放额 Ag%0123（2025年）《》“”：≥';

const reference = opentype.parse(BOLD.buffer.slice(BOLD.byteOffset, BOLD.byteOffset + BOLD.byteLength));
const font = parseSfnt(new Uint8Array(BOLD));

/** Grey pixels of one glyph path drawn 100 px high (y up in font units, so flipped). */
function raster(d: string, transform = 'translate(10 110) scale(0.1 -0.1)'): Uint8Array {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="130">` +
    `<rect width="120" height="130" fill="#fff"/><path transform="${transform}" d="${d}"/></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

describe('parseSfnt (WOFF 1.0, TrueType outlines)', () => {
  it('reads the metrics the baseline is placed by', () => {
    expect([font.unitsPerEm, font.ascender, font.descender]).toEqual([
      reference.unitsPerEm,
      reference.tables.hhea!.ascender,
      reference.tables.hhea!.descender,
    ]);
  });

  it.each([...new Set(TEXT)])('maps %s to the same glyph and advance as opentype.js', (ch) => {
    const glyph = reference.charToGlyph(ch);
    expect(font.glyphId(ch.codePointAt(0)!)).toBe(glyph.index);
    expect(font.advance(glyph.index)).toBe(glyph.advanceWidth);
  });

  it.each([...'重融额Ag%《”≥'])('draws %s as opentype.js does (rasters equal but for edge pixels)', (ch) => {
    const glyph = reference.charToGlyph(ch);
    const ours = raster(font.path(glyph.index));
    const theirs = raster(glyph.getPath(10, 110, 100).toPathData(3), '');
    let differing = 0;
    let inked = 0;
    for (let i = 0; i < ours.length; i += 4) {
      if (Math.abs(ours[i]! - theirs[i]!) > 64) differing++;
      if (theirs[i]! < 128) inked++;
    }
    expect(inked).toBeGreaterThan(100);
    // Our coordinates are rounded to whole font units (0.1 px here): only antialiased edges may move.
    expect(differing).toBeLessThan(inked * 0.02);
  });

  it('has no glyph (0) for a character outside the file, and an empty path for a space', () => {
    const latin = parseSfnt(new Uint8Array(file('noto-sans-sc-latin-400-normal.woff')));
    expect(latin.glyphId('重'.codePointAt(0)!)).toBe(0);
    expect(latin.path(latin.glyphId(32))).toBe('');
    expect(latin.advance(latin.glyphId(32))).toBeGreaterThan(0);
  });

  it.each([
    ['WOFF2', file('noto-sans-sc-latin-400-normal.woff2'), /WOFF2 fonts need a Brotli decoder/],
    ['not a font', new TextEncoder().encode('<svg>no font here</svg>'), /not a TrueType-outline font/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => parseSfnt(new Uint8Array(bytes))).toThrow(message);
  });
});

describe('pathData', () => {
  const on = (x: number, y: number) => ({ x, y, on: true });
  const off = (x: number, y: number) => ({ x, y, on: false });
  it.each([
    [
      'a square, relative moves after the first',
      [[on(0, 0), on(10, 0), on(10, 10), on(0, 10)]],
      'M0 0l10 0l0 10l-10 0z',
    ],
    [
      'a second contour starts from the first one’s start',
      [
        [on(0, 0), on(5, 0), on(5, 5)],
        [on(7, 7), on(8, 7), on(8, 8)],
      ],
      'M0 0l5 0l0 5zm7 7l1 0l0 1z',
    ],
    ['one curve', [[on(0, 0), off(5, 10), on(10, 0)]], 'M0 0q5 10 10 0z'],
    [
      'two off-curve points imply the on-curve point between them',
      [[on(0, 0), off(0, 10), off(10, 10), on(10, 0)]],
      'M0 0q0 10 5 10q5 0 5-10z',
    ],
    [
      'a contour that starts off-curve',
      [[off(0, 10), on(10, 10), off(10, 0), on(0, 0)]],
      'M10 10q0-10-10-10q0 10 10 10z',
    ],
    [
      'only off-curve points: starts halfway between the last and the first',
      [[off(0, 0), off(10, 0), off(10, 10), off(0, 10)]],
      'M0 5q0-5 5-5q5 0 5 5q0 5-5 5q-5 0-5-5z',
    ],
    ['fractions rounded to whole units', [[on(0.4, 0.6), on(10.5, 0), on(0, 9.49)]], 'M0 1l11-1l-11 9z'],
  ])('%s', (_name, contours, d) => expect(pathData(contours)).toBe(d));
});
