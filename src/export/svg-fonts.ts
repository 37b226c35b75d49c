// Which of the bundled Noto Sans SC's unicode-range slices an exported SVG's text needs, regular and bold: the
// export draws that text as outlines taken from those slices (svg-outline.ts, glyph-source.ts). Pure.

export type Range = [number, number];

/** 'U+4e00-4e2f,U+3000' → [[0x4e00, 0x4e2f], [0x3000, 0x3000]] */
export function parseUnicodeRange(text: string): Range[] {
  return text.split(',').flatMap((part) => {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return [];
    const lo = parseInt(m[1]!, 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo] as Range];
  });
}

/** Does any character of `text` fall in `ranges`? */
export function covers(ranges: readonly Range[], text: string): boolean {
  for (const ch of new Set(text)) {
    const c = ch.codePointAt(0)!;
    if (ranges.some(([lo, hi]) => c >= lo && c <= hi)) return true;
  }
  return false;
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Does an element's attribute source ask for bold (a font-weight of bold or 600–900)? */
export function isBoldStyle(attributes: string): boolean {
  return /font-weight\s*[:=]\s*"?\s*(bold|[6-9]00)/i.test(attributes);
}

/** The text an SVG draws, regular and bold apart (bold: a font-weight of bold or 600–900 on the element). */
export function svgTextByWeight(svg: string): { regular: string; bold: string } {
  let regular = '';
  let bold = '';
  for (const m of svg.matchAll(/<(?:text|tspan)\b([^>]*)>([^<]*)</g)) {
    const text = decodeEntities(m[2]!);
    if (isBoldStyle(m[1]!)) bold += text;
    else regular += text;
  }
  return { regular, bold };
}

/** A slice of the bundled font as a web font (scripts and tests that build pages with it). */
export interface EmbeddedFace {
  family: string;
  weight: number;
  unicodeRange: string;
  /** The WOFF2 file. */
  woff2: Uint8Array;
}
