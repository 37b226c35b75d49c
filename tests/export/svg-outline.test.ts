// The SVG outliner with a made-up font whose numbers are easy to check: 1000 units per em, ascender 800,
// descender -200 (so 'central' puts the baseline 0.3 em below y), every glyph 500 units wide, a space empty.
import { describe, expect, it } from 'vitest';
import type { OutlineFont } from '../../src/export/outline-font';
import { outlineSvgText, placeGlyphs, type GlyphLookup } from '../../src/export/svg-outline';

const font = (name: string): OutlineFont => ({
  unitsPerEm: 1000,
  ascender: 800,
  descender: -200,
  glyphId: (cp) => (cp === 0x2603 ? 0 : cp), // ☃ is missing
  advance: () => 500,
  path: (g) => (g === 32 ? '' : `M0 0l${name}${g}`),
});
const regular = font('r');
const bold = font('b');
const lookup: GlyphLookup = (_cp, isBold) => (isBold ? bold : regular);
const LABEL = { title: '重庆 <贷款> & “余额”' };

const svg = (...texts: string[]) =>
  `<svg width="100" height="50" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">` +
  `<rect width="100" height="50"/>${texts.join('')}</svg>`;
const text = (attrs: string, content: string) =>
  `<text dominant-baseline="central" style="font-size:20px;" ${attrs}>${content}</text>`;

describe('outlineSvgText', () => {
  it('puts the title (escaped) and the description first, the glyphs once in <defs>, and no <text>', () => {
    const out = outlineSvgText(svg(text('x="0"', '重重'), text('x="0" y="20"', '重')), lookup, {
      ...LABEL,
      description: '来源：《规划》',
    });
    expect(out).toMatch(
      /^<svg [^>]*><title>重庆 &lt;贷款&gt; &amp; “余额”<\/title><desc>来源：《规划》<\/desc><defs><path id="g4-91cd" d="M0 0lr37325"\/><\/defs><rect/,
    );
    expect(out).not.toContain('<text');
    expect(out.match(/<use xlink:href="#g4-91cd"/g)).toHaveLength(3);
  });

  it.each([
    ['start', 'text-anchor="start" x="10" y="5"', 'translate(10 11) scale(0.02 -0.02)'],
    [
      'middle: half the advances to the left',
      'text-anchor="middle" x="10" y="5"',
      'translate(-10 11) scale(0.02 -0.02)',
    ],
    ['end: all of them', 'text-anchor="end" x="10" y="5"', 'translate(-30 11) scale(0.02 -0.02)'],
    ['no x or y', '', 'translate(0 6) scale(0.02 -0.02)'],
  ])('places the baseline and the anchor (%s)', (_name, attrs, place) => {
    // Four glyphs of 500 units at 20 px: 40 px wide; central: the baseline 0.3 em (6 px) below y.
    const out = outlineSvgText(svg(text(attrs, 'abcd')), lookup, LABEL);
    expect(out).toContain(`transform="${place}"`);
  });

  it.each([
    ['alphabetic', 0],
    ['hanging', 16],
    ['text-after-edge', -4],
  ])('dominant-baseline %s', (baseline, y) => {
    const out = outlineSvgText(
      svg(`<text dominant-baseline="${baseline}" style="font-size:20px;">a</text>`),
      lookup,
      LABEL,
    );
    expect(out).toContain(`translate(0 ${y}) scale`);
  });

  it('keeps the transform and paint of the text, and advances over a space without drawing it', () => {
    const out = outlineSvgText(
      svg(text('transform="translate(16 64)" fill="#1f2937" fill-opacity="0.5" x="0"', 'a b')),
      lookup,
      LABEL,
    );
    expect(out).toContain(
      '<g fill="#1f2937" fill-opacity="0.5" transform="translate(16 64) translate(0 6) scale(0.02 -0.02)">' +
        '<use xlink:href="#g4-61"/><use xlink:href="#g4-62" x="1000"/></g>',
    );
  });

  it('draws bold text with the bold glyphs, under their own ids', () => {
    const out = outlineSvgText(
      svg(text('style="font-size:20px;font-weight:bold;"', 'a'), text('', 'a')),
      lookup,
      LABEL,
    );
    expect(out).toContain('<path id="g7-61" d="M0 0lb97"/>');
    expect(out).toContain('<path id="g4-61" d="M0 0lr97"/>');
  });

  it('decodes entities before looking glyphs up', () => {
    const out = outlineSvgText(svg(text('', 'Source: &quot;A&amp;B&quot;')), lookup, LABEL);
    expect(out).toContain('<path id="g4-22"');
    expect(out).toContain('<path id="g4-26"');
    expect(out).not.toContain('id="g4-71"'); // 'q' of &quot; is not drawn
  });

  it('scales a text stroke back to px inside the scaled group', () => {
    const out = outlineSvgText(svg(text('stroke="#fff" stroke-width="2"', 'a')), lookup, LABEL);
    expect(out).toMatch(/<g stroke="#fff" stroke-width="100" transform=/);
  });

  it('leaves a text with a character no font has as text, so nothing is lost', () => {
    const kept = text('x="0"', 'a☃');
    const out = outlineSvgText(svg(kept, text('x="0"', 'b')), () => null, LABEL);
    expect(out).toContain(text('x="0"', 'b'));
    const partly = outlineSvgText(svg(kept), lookup, LABEL);
    expect(partly).toContain(kept);
  });
});

describe('placeGlyphs: adjacent full-width punctuation gives up its empty half, as in browsers', () => {
  const wide: OutlineFont = { ...font('w'), advance: (g) => (g < 0x2000 ? 600 : 1000) };
  const place = (text: string) =>
    placeGlyphs([...text].map((ch) => ({ ch, font: wide, glyph: ch.codePointAt(0)!, id: '' })));
  it.each([
    ['来源', [0, 1000], 2000],
    ['源：《规', [0, 1000, 1500, 2500], 3500], // the opening bracket after the colon loses its left half
    ['》，重', [0, 500, 1500], 2500], // the closing bracket before the comma loses its right half
    ['（《', [0, 500], 1500],
    ['：A《', [0, 1000, 1600], 2600], // not adjacent
    ['A（', [0, 600], 1600], // a narrow letter is not punctuation
  ])('%s', (text, at, advance) => expect(place(text)).toEqual({ at, advance }));
});
