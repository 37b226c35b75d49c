// Exported SVGs carry the subsets of the bundled Noto Sans SC that their text uses, as data URLs inside the
// file: pasted into Word or opened on a machine with no Chinese font, the Chinese still shows, never boxes.
// Pure: the callers (browser export, npm run export) supply the font files.

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

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text an SVG draws, regular and bold apart (bold: a font-weight of bold or 600–900 on the element). */
export function svgTextByWeight(svg: string): { regular: string; bold: string } {
  let regular = '';
  let bold = '';
  for (const m of svg.matchAll(/<(?:text|tspan)\b([^>]*)>([^<]*)</g)) {
    const text = decodeEntities(m[2]!);
    if (/font-weight\s*[:=]\s*"?\s*(bold|[6-9]00)/i.test(m[1]!)) bold += text;
    else regular += text;
  }
  return { regular, bold };
}

export interface EmbeddedFace {
  family: string;
  weight: number;
  unicodeRange: string;
  /** The WOFF2 file. */
  woff2: Uint8Array;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The SVG with an @font-face rule per face, right after its opening tag. */
export function embedFontFaces(svg: string, faces: readonly EmbeddedFace[]): string {
  if (faces.length === 0) return svg;
  const css = faces
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};` +
        `src:url(data:font/woff2;base64,${base64(f.woff2)}) format('woff2');unicode-range:${f.unicodeRange};}`,
    )
    .join('');
  return svg.replace(/^(<svg\b[^>]*>)/, `$1<defs><style type="text/css"><![CDATA[${css}]]></style></defs>`);
}
