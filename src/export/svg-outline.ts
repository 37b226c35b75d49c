// An exported chart's text drawn as outlines of the bundled Noto Sans SC: each <text> of ECharts' SVG becomes a
// group of <use> references to glyph paths defined once in <defs>. The file then shows its Chinese in every
// SVG renderer with no font at all (rsvg-convert, Inkscape, Word), and carries only the glyphs it draws
// (tens of kB, where the font's unicode-range slices were ~800 kB). The words stay findable: the chart's
// title as the SVG's <title>, its other lines as <desc>. Pure: the callers give the glyphs (glyph-source.ts:
// the page's font files in the browser, the package's in `npm run export`).
import type { OutlineFont } from './outline-font';
import { decodeEntities, isBoldStyle } from './svg-fonts';

/** The font that draws a code point, regular or bold; null when none does. */
export type GlyphLookup = (codePoint: number, bold: boolean) => OutlineFont | null;

export interface OutlineLabel {
  /** The chart's title: the SVG's <title>. */
  title: string;
  /** The other lines the chart says (subtitle, status, source): its <desc>. */
  description?: string;
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out.set(m[1]!, m[2]!);
  return out;
}

/** A property from the style attribute, else the presentation attribute of the same name. */
function property(attrs: Map<string, string>, name: string): string | undefined {
  const style = attrs.get('style') ?? '';
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(style);
  return m?.[1]?.trim() ?? attrs.get(name);
}

const number = (s: string | undefined, fallback: number) => {
  const v = s === undefined ? NaN : parseFloat(s);
  return Number.isFinite(v) ? v : fallback;
};

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Where the alphabetic baseline lies below the text's y, per dominant-baseline, in em: 'central' puts y
 * halfway between the font's ascender and descender, as Chromium and librsvg do.
 */
function baselineShift(baseline: string | undefined, font: OutlineFont): number {
  const { ascender, descender, unitsPerEm } = font;
  switch (baseline) {
    case 'central':
    case 'middle':
      return (ascender + descender) / 2 / unitsPerEm;
    case 'hanging':
    case 'text-before-edge':
    case 'text-top':
      return ascender / unitsPerEm;
    case 'text-after-edge':
    case 'text-bottom':
    case 'ideographic':
      return descender / unitsPerEm;
    default:
      return 0;
  }
}

interface Glyph {
  ch: string;
  font: OutlineFont;
  glyph: number;
  id: string;
}

// Full-width punctuation whose ink sits in one half of its em: opening brackets on the right, closing
// brackets and (in simplified Chinese) the comma, full stop, colon and semicolon on the left.
const OPENING = new Set('（《「『【〔〖〘〈“‘［｛');
const CLOSING = new Set('）》」』】〕〗〙〉”’］｝，。、：；');

/**
 * Where each glyph starts and how far the text runs, in font units. Adjacent full-width punctuation gives up
 * the empty half of one of them, as browsers do by default (CSS text-spacing-trim: normal, "trim-adjacent";
 * Chromium draws "来源：《规划》，" so): an opening bracket after punctuation loses its left half, a closing one
 * before a closing one its right half. Kerning is not applied: this font kerns only some Latin pairs.
 */
export function placeGlyphs(glyphs: readonly Glyph[]): { at: number[]; advance: number } {
  const at: number[] = [];
  let pen = 0;
  const full = (g: Glyph | undefined) => g !== undefined && g.font.advance(g.glyph) === g.font.unitsPerEm;
  glyphs.forEach((g, i) => {
    const width = g.font.advance(g.glyph);
    const before = glyphs[i - 1];
    const after = glyphs[i + 1];
    const punctuation = (x: Glyph | undefined) =>
      full(x) && (OPENING.has(x!.ch) || CLOSING.has(x!.ch) || x!.ch === '\u3000');
    if (full(g) && OPENING.has(g.ch) && punctuation(before)) {
      at.push(pen - width / 2);
      pen += width / 2;
    } else if (
      full(g) &&
      CLOSING.has(g.ch) &&
      full(after) &&
      (CLOSING.has(after!.ch) || after!.ch === '\u3000')
    ) {
      at.push(pen);
      pen += width / 2;
    } else {
      at.push(pen);
      pen += width;
    }
  });
  return { at, advance: pen };
}

// Paint attributes a <text> may carry that apply to its outlines as they are.
const PAINT = ['fill', 'fill-opacity', 'opacity', 'stroke', 'stroke-opacity', 'paint-order', 'class'];

/**
 * The SVG with every <text> drawn as glyph outlines, and a <title> (and <desc>) first in it. A text with a
 * character no font has stays a <text>, so nothing is lost (it then needs a font to show).
 */
export function outlineSvgText(svg: string, lookup: GlyphLookup, label: OutlineLabel): string {
  const defs = new Map<string, string>();
  const body = svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (element, attrSource: string, raw: string) => {
    const attrs = attributes(attrSource);
    const text = decodeEntities(raw);
    const bold = isBoldStyle(attrSource);
    const glyphs: Glyph[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const font = lookup(cp, bold);
      const glyph = font?.glyphId(cp) ?? 0;
      // A character no font has, or from a font of another scale: leave the text as it is.
      if (!font || glyph === 0 || (glyphs.length > 0 && font.unitsPerEm !== glyphs[0]!.font.unitsPerEm))
        return element;
      glyphs.push({ ch, font, glyph, id: `g${bold ? 7 : 4}-${cp.toString(16)}` });
    }
    if (glyphs.length === 0) return '';
    const font = glyphs[0]!.font;
    const size = number(property(attrs, 'font-size'), 12);
    const scale = size / font.unitsPerEm;
    const { at, advance } = placeGlyphs(glyphs);
    let uses = '';
    glyphs.forEach((g, i) => {
      const d = g.font.path(g.glyph);
      if (!d) return;
      defs.set(g.id, d);
      uses += `<use xlink:href="#${g.id}"${at[i] ? ` x="${at[i]}"` : ''}/>`;
    });
    const anchor = property(attrs, 'text-anchor');
    const shift = anchor === 'middle' ? advance / 2 : anchor === 'end' ? advance : 0;
    const x = number(attrs.get('x'), 0) - shift * scale;
    const y = number(attrs.get('y'), 0) + baselineShift(property(attrs, 'dominant-baseline'), font) * size;
    const paint = PAINT.flatMap((name) => {
      const v = attrs.get(name);
      return v === undefined ? [] : [` ${name}="${v}"`];
    }).join('');
    const strokeWidth = attrs.get('stroke-width');
    const outer = attrs.get('transform');
    const place = `translate(${round(x)} ${round(y)}) scale(${round(scale * 1e4) / 1e4} ${-round(scale * 1e4) / 1e4})`;
    const stroke = strokeWidth ? ` stroke-width="${round(number(strokeWidth, 0) / scale)}"` : '';
    return `<g${paint}${stroke} transform="${outer ? `${outer} ` : ''}${place}">${uses}</g>`;
  });
  const paths = [...defs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('');
  const head =
    `<title>${escapeXml(label.title)}</title>` +
    (label.description ? `<desc>${escapeXml(label.description)}</desc>` : '') +
    (paths ? `<defs>${paths}</defs>` : '');
  return body.replace(/^(<svg\b[^>]*>)/, `$1${head}`);
}
