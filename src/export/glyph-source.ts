// Where an exported chart's glyphs come from: the bundled Noto Sans SC as @fontsource ships it, one file per
// unicode-range slice and weight. Both exports read the WOFF (1.0) file of each slice their text needs (the
// browser fetches it from the page's own @font-face rules; `npm run export` reads it from the package) and
// look glyphs up here. WOFF, not WOFF2: opentype.js reads it, its zlib tables inflated by fflate (already in
// the app); WOFF2 would need a Brotli decoder. Pure.
import type { GlyphLookup } from './svg-outline';
import type { OutlineFont } from './outline-font';
import { covers, parseUnicodeRange, type Range } from './svg-fonts';

/** One @font-face of the bundled font: weight, code points, and its WOFF file (a URL or a file name). */
export interface FontSlice {
  weight: number;
  ranges: readonly Range[];
  woff: string;
}

export interface LoadedSlice {
  weight: number;
  ranges: readonly Range[];
  font: OutlineFont;
}

const BOLD = 600;

/** The slices of a fontsource stylesheet (@fontsource/noto-sans-sc/400.css) that have a WOFF file. */
export function fontSlicesOfCss(css: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const woff = /url\(["']?([^"')]+\.woff)["']?\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400);
    if (!woff || !range) return [];
    return [{ weight, ranges: parseUnicodeRange(range), woff }];
  });
}

/** The slices that hold any character of the text, bold text from the bold slices and the rest regular. */
export function slicesFor(
  slices: readonly FontSlice[],
  text: { regular: string; bold: string },
): FontSlice[] {
  return slices.filter((s) => {
    const chars = s.weight >= BOLD ? text.bold : text.regular;
    return chars !== '' && covers(s.ranges, chars);
  });
}

/**
 * Glyphs from the loaded slices: a code point from the slice of the asked weight that covers it, else from
 * the other weight (a symbol the bold slices lack comes out regular rather than not at all).
 */
export function glyphLookup(slices: readonly LoadedSlice[]): GlyphLookup {
  const find = (cp: number, bold: boolean) =>
    slices.find(
      (s) =>
        s.weight >= BOLD === bold &&
        s.ranges.some(([lo, hi]) => cp >= lo && cp <= hi) &&
        s.font.glyphId(cp) !== 0,
    )?.font ?? null;
  return (cp, bold) => find(cp, bold) ?? find(cp, !bold);
}
