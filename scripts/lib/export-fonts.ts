// The shipped font for `npm run export`: the glyphs of the @fontsource/noto-sans-sc slices that cover the text
// to draw (the SVG draws its text as their outlines: src/export/svg-outline.ts), and the slices as web fonts
// for pages that tests build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  fontSlicesOfCss,
  glyphLookup,
  slicesFor,
  type FontSlice,
  type LoadedSlice,
} from '../../src/export/glyph-source';
import { readOutlineFont } from '../../src/export/outline-font';
import type { GlyphLookup } from '../../src/export/svg-outline';
import { covers, parseUnicodeRange, type EmbeddedFace, type Range } from '../../src/export/svg-fonts';

export const EXPORT_FONT_FAMILY = 'Noto Sans SC';

const require = createRequire(import.meta.url);

function packageDir(): string {
  return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

export { parseUnicodeRange };

function subsets(): { name: string; unicodeRange: string; ranges: Range[] }[] {
  const json = JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(json).map(([key, ranges]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    unicodeRange: ranges,
    ranges: parseUnicodeRange(ranges),
  }));
}

/** The WOFF2 subsets of the shipped font that an SVG's text needs, regular and bold, for embedding. */
export function embeddedFaces(text: { regular: string; bold: string }): EmbeddedFace[] {
  const pkg = packageDir();
  const faces: EmbeddedFace[] = [];
  for (const [weight, chars] of [
    [400, text.regular],
    [700, text.bold],
  ] as const) {
    if (!chars) continue;
    for (const s of subsets()) {
      if (!covers(s.ranges, chars)) continue;
      const file = join(pkg, 'files', `noto-sans-sc-${s.name}-${weight}-normal.woff2`);
      if (existsSync(file)) {
        faces.push({
          family: EXPORT_FONT_FAMILY,
          weight,
          unicodeRange: s.unicodeRange,
          woff2: readFileSync(file),
        });
      }
    }
  }
  return faces;
}

let woffSlices: FontSlice[] | null = null;

function packageSlices(pkg: string): FontSlice[] {
  return (woffSlices ??= [400, 700].flatMap((weight) =>
    fontSlicesOfCss(readFileSync(join(pkg, `${weight}.css`), 'utf8')).map((s) => ({
      ...s,
      woff: join(pkg, s.woff),
    })),
  ));
}

const parsed = new Map<string, LoadedSlice>();

/**
 * The glyphs for drawing an SVG's text, regular and bold: the WOFF files of the package's slices that hold
 * its characters, parsed once per process (a run of 58 charts reads each slice once).
 */
export function exportGlyphs(text: { regular: string; bold: string }): GlyphLookup {
  const loaded = slicesFor(packageSlices(packageDir()), text).map((slice) => {
    let font = parsed.get(slice.woff);
    if (!font) {
      font = { weight: slice.weight, ranges: slice.ranges, font: readOutlineFont(readFileSync(slice.woff)) };
      parsed.set(slice.woff, font);
    }
    return font;
  });
  return glyphLookup(loaded);
}
