// A deck → the bytes of a .pptx: every part listed once with its content type, then zipped with fflate.
// [Content_Types].xml is built from the same list the ZIP is, so no part can lack a type or a type a part.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Deck } from './deck';
import {
  presPropsXml,
  slideLayoutRelsXml,
  slideLayoutXml,
  slideMasterRelsXml,
  slideMasterXml,
  tableStylesXml,
  themeXml,
  viewPropsXml,
} from './fixed-parts';
import {
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  presentationRelsXml,
  presentationXml,
  rootRelsXml,
  type PartName,
} from './package-xml';
import { CONTENT_TYPE } from './relationships';
import { picturesOf, slideRelsXml, slideXml } from './slide-xml';

interface Part extends PartName {
  data: string | Uint8Array;
}

/** Every part of the deck but [Content_Types].xml, in package order. */
function deckParts(deck: Deck): Part[] {
  const n = deck.slides.length;
  const parts: Part[] = [
    { name: '_rels/.rels', data: rootRelsXml() },
    {
      name: 'docProps/core.xml',
      contentType: CONTENT_TYPE.coreProperties,
      data: corePropsXml(deck.title, deck.created),
    },
    { name: 'docProps/app.xml', contentType: CONTENT_TYPE.extendedProperties, data: appPropsXml(n) },
    { name: 'ppt/presentation.xml', contentType: CONTENT_TYPE.presentation, data: presentationXml(n) },
    { name: 'ppt/_rels/presentation.xml.rels', data: presentationRelsXml(n) },
    { name: 'ppt/presProps.xml', contentType: CONTENT_TYPE.presProps, data: presPropsXml() },
    { name: 'ppt/viewProps.xml', contentType: CONTENT_TYPE.viewProps, data: viewPropsXml() },
    { name: 'ppt/tableStyles.xml', contentType: CONTENT_TYPE.tableStyles, data: tableStylesXml() },
    { name: 'ppt/theme/theme1.xml', contentType: CONTENT_TYPE.theme, data: themeXml(deck.fontFace) },
    {
      name: 'ppt/slideMasters/slideMaster1.xml',
      contentType: CONTENT_TYPE.slideMaster,
      data: slideMasterXml(),
    },
    { name: 'ppt/slideMasters/_rels/slideMaster1.xml.rels', data: slideMasterRelsXml() },
    {
      name: 'ppt/slideLayouts/slideLayout1.xml',
      contentType: CONTENT_TYPE.slideLayout,
      data: slideLayoutXml(),
    },
    { name: 'ppt/slideLayouts/_rels/slideLayout1.xml.rels', data: slideLayoutRelsXml() },
  ];
  let images = 0;
  for (const [i, slide] of deck.slides.entries()) {
    const files = picturesOf(slide).map((pic) => ({ file: `image${++images}.png`, png: pic.png }));
    const slideName = `slide${i + 1}.xml`;
    parts.push(
      {
        name: `ppt/slides/${slideName}`,
        contentType: CONTENT_TYPE.slide,
        data: slideXml(slide, deck.fontFace),
      },
      {
        name: `ppt/slides/_rels/${slideName}.rels`,
        data: slideRelsXml(files.map((f) => `../media/${f.file}`)),
      },
      ...files.map((f) => ({ name: `ppt/media/${f.file}`, data: f.png })),
    );
  }
  return parts;
}

/** The .pptx file. XML deflates; PNGs are compressed already, so they are stored. */
export function writePptx(deck: Deck): Uint8Array {
  const parts = deckParts(deck);
  const files: Zippable = { '[Content_Types].xml': strToU8(contentTypesXml(parts)) };
  for (const part of parts)
    files[part.name] = typeof part.data === 'string' ? strToU8(part.data) : [part.data, { level: 0 }];
  return zipSync(files, { level: 6, mtime: deck.created });
}
