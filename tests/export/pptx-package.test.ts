// @vitest-environment jsdom
// The whole .pptx as PowerPoint reads it: a ZIP whose every part has a content type, whose every
// relationship points at a part that exists, and whose every XML part parses.
import { strFromU8, unzipSync } from 'fflate';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/export/pptx/deck';
import { writePptx } from '../../src/export/pptx/pptx-package';
import { NS } from '../../src/export/pptx/relationships';

const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
// Two different 1×1 PNGs (white, black), so a mix-up of images shows.
const WHITE = bytes(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
);
const BLACK = bytes(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
);

const TITLE = '科技金融指标 <&>"\' 看板';
const deck: Deck = {
  title: TITLE,
  fontFace: 'Microsoft YaHei',
  created: new Date(Date.UTC(2025, 5, 30, 8, 0, 0)),
  slides: [
    {
      shapes: [
        { kind: 'text', x: 0.5, y: 2.2, w: 12.333, h: 1, text: TITLE, size: 36, bold: true },
        {
          kind: 'text',
          x: 0.5,
          y: 3.4,
          w: 12.333,
          h: 1.6,
          text: '地区：重庆市\n评估日期：2025年6月30日',
          size: 18,
        },
      ],
    },
    { shapes: [{ kind: 'picture', x: 0.5, y: 1.2, w: 12.333, h: 2.9, png: WHITE }] },
    {
      shapes: [
        { kind: 'picture', x: 0.5, y: 1.2, w: 6, h: 2, png: BLACK },
        { kind: 'picture', x: 6.8, y: 1.2, w: 6, h: 2, png: WHITE },
      ],
    },
  ],
};

const files = unzipSync(writePptx(deck));
const names = Object.keys(files);

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}
const xmlOf = (name: string) => parse(strFromU8(files[name]!));
const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

/** Relationships of a .rels part, with targets resolved to package part names. */
function relationshipsOf(relsName: string) {
  const owner = relsName.replace(/_rels\/([^/]*)\.rels$/, '$1');
  const base = posix.dirname(owner) === '.' ? '' : posix.dirname(owner);
  return Array.from(xmlOf(relsName).getElementsByTagName('Relationship')).map((r) => ({
    owner,
    id: attr(r, 'Id'),
    type: attr(r, 'Type').split('/').pop(),
    part: posix.normalize(posix.join(base, attr(r, 'Target'))),
  }));
}

describe('writePptx: package', () => {
  const types = xmlOf('[Content_Types].xml');
  const overrides = new Map(
    Array.from(types.getElementsByTagName('Override'), (o) => [attr(o, 'PartName'), attr(o, 'ContentType')]),
  );
  const defaults = new Map(
    Array.from(types.getElementsByTagName('Default'), (d) => [attr(d, 'Extension'), attr(d, 'ContentType')]),
  );

  it('names only parts that exist in [Content_Types].xml, and gives every part a type', () => {
    for (const part of overrides.keys()) expect(names).toContain(part.slice(1));
    for (const name of names.filter((n) => n !== '[Content_Types].xml')) {
      const type = overrides.get(`/${name}`) ?? defaults.get(name.split('.').pop()!);
      expect(type, name).toBeTruthy();
    }
  });

  it.each([
    ['/ppt/presentation.xml', 'presentationml.presentation.main+xml'],
    ['/ppt/slides/slide1.xml', 'presentationml.slide+xml'],
    ['/ppt/slides/slide3.xml', 'presentationml.slide+xml'],
    ['/ppt/slideMasters/slideMaster1.xml', 'presentationml.slideMaster+xml'],
    ['/ppt/slideLayouts/slideLayout1.xml', 'presentationml.slideLayout+xml'],
    ['/ppt/theme/theme1.xml', 'officedocument.theme+xml'],
    ['/ppt/presProps.xml', 'presentationml.presProps+xml'],
    ['/ppt/viewProps.xml', 'presentationml.viewProps+xml'],
    ['/ppt/tableStyles.xml', 'presentationml.tableStyles+xml'],
    ['/docProps/core.xml', 'package.core-properties+xml'],
    ['/docProps/app.xml', 'officedocument.extended-properties+xml'],
  ])('types %s as …%s', (part, type) => {
    expect(overrides.get(part)).toMatch(new RegExp(`${type.replace(/[.+]/g, '\\$&')}$`));
  });

  it('types .png as image/png and .rels as relationships', () => {
    expect(defaults.get('png')).toBe('image/png');
    expect(defaults.get('rels')).toBe('application/vnd.openxmlformats-package.relationships+xml');
  });

  it('resolves every relationship target to a part in the package, with ids unique per .rels', () => {
    const relsParts = names.filter((n) => n.endsWith('.rels'));
    expect(relsParts.sort()).toEqual([
      '_rels/.rels',
      'ppt/_rels/presentation.xml.rels',
      'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
      'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      'ppt/slides/_rels/slide1.xml.rels',
      'ppt/slides/_rels/slide2.xml.rels',
      'ppt/slides/_rels/slide3.xml.rels',
    ]);
    for (const relsName of relsParts) {
      const rels = relationshipsOf(relsName);
      expect(new Set(rels.map((r) => r.id)).size, relsName).toBe(rels.length);
      for (const r of rels) expect(names, `${relsName} ${r.id}`).toContain(r.part);
    }
  });

  it('uses in each part only the r:ids its .rels defines', () => {
    for (const name of names.filter((n) => /^ppt\/.*\.xml$/.test(n))) {
      const relsName = `${posix.dirname(name)}/_rels/${posix.basename(name)}.rels`;
      const defined = names.includes(relsName) ? relationshipsOf(relsName).map((r) => r.id) : [];
      const used = strFromU8(files[name]!).match(/\br:(?:id|embed)="[^"]*"/g) ?? [];
      for (const ref of used) expect(defined, `${name} ${ref}`).toContain(ref.split('"')[1]);
    }
  });

  it('parses every XML part without error', () => {
    const xmlParts = names.filter((n) => /\.(xml|rels)$/.test(n));
    expect(xmlParts).toHaveLength(names.length - 3); // all but the three PNGs
    for (const name of xmlParts)
      expect(xmlOf(name).getElementsByTagName('parsererror'), name).toHaveLength(0);
  });

  it('would notice a malformed part (the check above can fail)', () => {
    expect(parse('<a:t>&</a:t>').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });
});

describe('writePptx: presentation', () => {
  const pres = xmlOf('ppt/presentation.xml');
  const presRels = relationshipsOf('ppt/_rels/presentation.xml.rels');

  it('lists the slides in order with ids from 256, each pointing at its slide part', () => {
    const ids = Array.from(pres.getElementsByTagNameNS(NS.p, 'sldId'), (s) => [
      attr(s, 'id'),
      presRels.find((r) => r.id === s.getAttributeNS(NS.r, 'id'))?.part,
    ]);
    expect(ids).toEqual([
      ['256', 'ppt/slides/slide1.xml'],
      ['257', 'ppt/slides/slide2.xml'],
      ['258', 'ppt/slides/slide3.xml'],
    ]);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(deck.slides.length);
  });

  it('is 16:9 widescreen (13.333 × 7.5 in) and has a notes size', () => {
    const size = pres.getElementsByTagNameNS(NS.p, 'sldSz')[0]!;
    expect([attr(size, 'cx'), attr(size, 'cy')]).toEqual(['12192000', '6858000']);
    expect(pres.getElementsByTagNameNS(NS.p, 'notesSz')).toHaveLength(1);
  });

  it('links one master, its layout and the theme', () => {
    expect(presRels.map((r) => r.type)).toEqual([
      'slideMaster',
      'slide',
      'slide',
      'slide',
      'presProps',
      'viewProps',
      'theme',
      'tableStyles',
    ]);
    expect(relationshipsOf('ppt/slideMasters/_rels/slideMaster1.xml.rels').map((r) => r.part)).toEqual([
      'ppt/slideLayouts/slideLayout1.xml',
      'ppt/theme/theme1.xml',
    ]);
  });

  it('sets the deck font as the theme font, Latin and East Asian', () => {
    const theme = xmlOf('ppt/theme/theme1.xml');
    const minor = theme.getElementsByTagNameNS(NS.a, 'minorFont')[0]!;
    const faces = ['latin', 'ea'].map((t) => attr(minor.getElementsByTagNameNS(NS.a, t)[0]!, 'typeface'));
    expect(faces).toEqual(['Microsoft YaHei', 'Microsoft YaHei']);
  });
});

describe('writePptx: content', () => {
  it('stores each PNG unchanged and links it from its slide', () => {
    expect(files['ppt/media/image1.png']).toEqual(WHITE);
    expect(files['ppt/media/image2.png']).toEqual(BLACK);
    expect(files['ppt/media/image3.png']).toEqual(WHITE);
    const images = (slide: number) =>
      relationshipsOf(`ppt/slides/_rels/slide${slide}.xml.rels`)
        .filter((r) => r.type === 'image')
        .map((r) => [r.id, r.part]);
    expect(images(1)).toEqual([]);
    expect(images(2)).toEqual([['rId2', 'ppt/media/image1.png']]);
    expect(images(3)).toEqual([
      ['rId2', 'ppt/media/image2.png'],
      ['rId3', 'ppt/media/image3.png'],
    ]);
  });

  it('writes the title to the core properties, escaped, and the creation date', () => {
    const raw = strFromU8(files['docProps/core.xml']!);
    expect(raw).toContain('科技金融指标 &lt;&amp;&gt;&quot;&apos; 看板');
    const core = parse(raw);
    expect(core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent).toBe(
      TITLE,
    );
    const created = core.getElementsByTagNameNS('http://purl.org/dc/terms/', 'created')[0]?.textContent;
    expect(created).toBe('2025-06-30T08:00:00Z');
    expect(strFromU8(files['docProps/app.xml']!)).toContain('<Slides>3</Slides>');
  });

  it('keeps the cover title intact through escaping and parsing', () => {
    const texts = Array.from(
      xmlOf('ppt/slides/slide1.xml').getElementsByTagNameNS(NS.a, 't'),
      (t) => t.textContent,
    );
    expect(texts).toEqual([TITLE, '地区：重庆市', '评估日期：2025年6月30日']);
  });

  it('puts [Content_Types].xml first and is the same bytes for the same deck', () => {
    expect(names[0]).toBe('[Content_Types].xml');
    expect(writePptx(deck)).toEqual(writePptx(deck));
  });
});
