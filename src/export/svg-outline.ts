// An exported chart's text drawn as outlines of the bundled Noto Sans SC: each <text> of ECharts' SVG becomes a
// group of <use> references to glyph paths defined once in <defs>. The file then shows its Chinese in every
// SVG renderer with no font at all (rsvg-convert, Inkscape, Word), and carries only the glyphs it draws
// (tens of kB, where the font's unicode-range slices were ~800 kB). The words stay findable: the chart's
// title as the SVG's <title>, its other lines as <desc>. Pure: the callers give the glyphs (glyph-source.ts:
// the page's font files in the browser, the package's in `npm run export`).
import type { SfntFont } from './sfnt';
import { decodeEntities, isBoldStyle } from './svg-fonts';

/** The font that draws a code point, regular or bold; null when none does. */
export type GlyphLookup = (codePoint: number, bold: boolean) => SfntFont | null;

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
function baselineShift(baseline: string | undefined, font: SfntFont): number {
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
    const glyphs: { font: SfntFont; glyph: number; id: string }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const font = lookup(cp, bold);
      const glyph = font?.glyphId(cp) ?? 0;
      // A character no font has, or from a font of another scale: leave the text as it is.
      if (!font || glyph === 0 || (glyphs.length > 0 && font.unitsPerEm !== glyphs[0]!.font.unitsPerEm))
        return element;
      glyphs.push({ font, glyph, id: `g${bold ? 7 : 4}-${cp.toString(16)}` });
    }
    if (glyphs.length === 0) return '';
    const font = glyphs[0]!.font;
    const size = number(property(attrs, 'font-size'), 12);
    const scale = size / font.unitsPerEm;
    let advance = 0;
    let uses = '';
    for (const g of glyphs) {
      const d = g.font.path(g.glyph);
      if (d) {
        defs.set(g.id, d);
        uses += `<use xlink:href="#${g.id}"${advance ? ` x="${advance}"` : ''}/>`;
      }
      advance += g.font.advance(g.glyph);
    }
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
