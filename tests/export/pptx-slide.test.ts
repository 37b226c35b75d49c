// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Slide, TextBox } from '../../src/export/pptx/deck';
import { NS } from '../../src/export/pptx/relationships';
import { slideRelsXml, slideXml } from '../../src/export/pptx/slide-xml';

const FONT = 'Microsoft YaHei';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const all = (doc: Document | Element, ns: string, name: string) =>
  Array.from(doc.getElementsByTagNameNS(ns, name));
const attr = (el: Element | undefined, name: string) => el?.getAttribute(name);

function box(partial: Partial<TextBox>): TextBox {
  return { kind: 'text', x: 0.5, y: 0.3, w: 12.333, h: 0.7, text: 'x', size: 24, ...partial };
}

describe('slideXml: text', () => {
  it('escapes markup characters and keeps Chinese, so the parsed text is the text given', () => {
    const title = '重庆市 · 科技型企业贷款余额 <&>"\' 6950亿元';
    const xml = slideXml({ shapes: [box({ text: title })] }, FONT);
    expect(xml).toContain('重庆市 · 科技型企业贷款余额 &lt;&amp;&gt;&quot;&apos; 6950亿元');
    const texts = all(parse(xml), NS.a, 't').map((t) => t.textContent);
    expect(texts).toEqual([title]);
  });

  it('drops control characters that XML cannot hold', () => {
    const xml = slideXml({ shapes: [box({ text: 'a\u0000b\u0007c\u001bd' })] }, FONT);
    expect(all(parse(xml), NS.a, 't').map((t) => t.textContent)).toEqual(['abcd']);
  });

  it.each([
    ['one line', ['one line']],
    [
      '地区：重庆市\n评估日期：2025年6月30日\n共 3 项指标',
      ['地区：重庆市', '评估日期：2025年6月30日', '共 3 项指标'],
    ],
    ['first\r\n\r\nthird', ['first', '', 'third']],
  ])('%j becomes one paragraph a line', (text, lines) => {
    const doc = parse(slideXml({ shapes: [box({ text })] }, FONT));
    const paras = all(doc, NS.a, 'p');
    expect(
      paras.map((p) =>
        all(p, NS.a, 't')
          .map((t) => t.textContent)
          .join(''),
      ),
    ).toEqual(lines);
  });

  it('sets size in hundredths of a point, bold, colour, and Latin and East Asian faces on every run', () => {
    const doc = parse(
      slideXml({ shapes: [box({ text: '标题\nTitle', size: 36, bold: true, color: '4b5563' })] }, FONT),
    );
    const runs = all(doc, NS.a, 'rPr');
    expect(runs.map((r) => [attr(r, 'sz'), attr(r, 'b')])).toEqual([
      ['3600', '1'],
      ['3600', '1'],
    ]);
    expect(all(doc, NS.a, 'srgbClr').map((c) => attr(c, 'val'))).toEqual(['4B5563', '4B5563']);
    expect(all(doc, NS.a, 'latin').map((f) => attr(f, 'typeface'))).toEqual([FONT, FONT]);
    expect(all(doc, NS.a, 'ea').map((f) => attr(f, 'typeface'))).toEqual([FONT, FONT]);
  });

  it('marks Chinese runs zh-CN and others en-US', () => {
    const doc = parse(slideXml({ shapes: [box({ text: '科技金融指标\nAs of 30 Jun 2025' })] }, FONT));
    expect(all(doc, NS.a, 'rPr').map((r) => [attr(r, 'lang'), attr(r, 'altLang')])).toEqual([
      ['zh-CN', 'en-US'],
      ['en-US', null],
    ]);
  });

  it('is black and regular unless told otherwise', () => {
    const doc = parse(slideXml({ shapes: [box({})] }, FONT));
    expect(attr(all(doc, NS.a, 'srgbClr')[0], 'val')).toBe('000000');
    expect(attr(all(doc, NS.a, 'rPr')[0], 'b')).toBeNull();
  });

  it.each([
    [undefined, 't'],
    ['top', 't'],
    ['middle', 'ctr'],
    ['bottom', 'b'],
  ] as const)('valign %s → anchor %s', (valign, anchor) => {
    const doc = parse(slideXml({ shapes: [box({ valign })] }, FONT));
    expect(attr(all(doc, NS.a, 'bodyPr')[0], 'anchor')).toBe(anchor);
  });

  it.each(['red', '#4B5563', '4B556'])('refuses the colour %j', (color) => {
    expect(() => slideXml({ shapes: [box({ color })] }, FONT)).toThrow(RangeError);
  });
});

describe('slideXml: placement', () => {
  const slide: Slide = {
    shapes: [
      box({ x: 0.5, y: 0.3, w: 12.333, h: 0.7 }),
      { kind: 'picture', x: 0.5, y: 1.2, w: 8, h: 4.5, png: PNG, description: '图 <1>' },
      { kind: 'picture', x: 1, y: 2, w: 3, h: 1.5, png: PNG },
      box({ x: 0.5, y: 6.6, w: 12.333, h: 0.5 }),
    ],
  };
  const doc = parse(slideXml(slide, FONT));

  it('places every shape in EMU (914,400 an inch)', () => {
    const boxes = all(doc, NS.a, 'xfrm').map((x) => {
      const off = x.getElementsByTagNameNS(NS.a, 'off')[0];
      const ext = x.getElementsByTagNameNS(NS.a, 'ext')[0];
      return [attr(off, 'x'), attr(off, 'y'), attr(ext, 'cx'), attr(ext, 'cy')].map(Number);
    });
    expect(boxes).toEqual([
      [457200, 274320, 11277295, 640080],
      [457200, 1097280, 7315200, 4114800],
      [914400, 1828800, 2743200, 1371600],
      [457200, 6035040, 11277295, 457200],
    ]);
  });

  it('gives shapes unique ids from 2 and pictures their images as rId2, rId3, … in order', () => {
    expect(all(doc, NS.p, 'cNvPr').map((c) => attr(c, 'id'))).toEqual(['1', '2', '3', '4', '5']);
    expect(all(doc, NS.a, 'blip').map((b) => b.getAttributeNS(NS.r, 'embed'))).toEqual(['rId2', 'rId3']);
    expect(attr(all(doc, NS.p, 'cNvPr')[2], 'descr')).toBe('图 <1>');
  });

  it('keeps pictures locked to their aspect', () => {
    expect(all(doc, NS.a, 'picLocks').map((l) => attr(l, 'noChangeAspect'))).toEqual(['1', '1']);
  });

  it('refuses a negative size', () => {
    expect(() => slideXml({ shapes: [box({ w: -1 })] }, FONT)).toThrow(RangeError);
  });
});

describe('slideRelsXml', () => {
  it('links the layout as rId1 and the images from rId2', () => {
    const doc = parse(slideRelsXml(['../media/image4.png', '../media/image5.png']));
    const rels = Array.from(doc.getElementsByTagName('Relationship')).map((r) => [
      attr(r, 'Id'),
      attr(r, 'Type')?.split('/').pop(),
      attr(r, 'Target'),
    ]);
    expect(rels).toEqual([
      ['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml'],
      ['rId2', 'image', '../media/image4.png'],
      ['rId3', 'image', '../media/image5.png'],
    ]);
  });
});
