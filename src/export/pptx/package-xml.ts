// The parts that describe the package rather than draw anything: [Content_Types].xml, the root .rels, the
// document properties, and ppt/presentation.xml with its .rels (master, slides, size, property parts).
import { MASTER_ID } from './fixed-parts';
import { CONTENT_TYPE, PML_NAMESPACES, REL, XML_DECL, relationshipsXml } from './relationships';
import { escapeXml } from './xml-text';

/** A part of the package: its name (no leading slash) and, for XML parts other than .rels, its type. */
export interface PartName {
  name: string;
  /** The Override content type; absent for parts the Defaults cover by extension (.rels, .png). */
  contentType?: string;
}

/** [Content_Types].xml: Defaults by extension, an Override for every part that names its type. */
export function contentTypesXml(parts: readonly PartName[]): string {
  const defaults =
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>` +
    `<Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
    `<Default Extension="png" ContentType="${CONTENT_TYPE.png}"/>`;
  const overrides = parts
    .filter((p) => p.contentType)
    .map((p) => `<Override PartName="/${escapeXml(p.name)}" ContentType="${p.contentType}"/>`);
  return (
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `${defaults}${overrides.join('')}</Types>`
  );
}

/** _rels/.rels */
export function rootRelsXml(): string {
  return relationshipsXml([
    { id: 'rId1', type: REL.officeDocument, target: 'ppt/presentation.xml' },
    { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
    { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml' },
  ]);
}

/** W3CDTF to the second, as Office writes it: 2025-06-30T08:00:00Z. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** docProps/core.xml: the title and the dates. */
export function corePropsXml(title: string, created: Date): string {
  const when = w3cdtf(created);
  return (
    `${XML_DECL}<cp:coreProperties ` +
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** docProps/app.xml: only the slide count; every other extended property is optional. */
export function appPropsXml(slides: number): string {
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Slides>${slides}</Slides></Properties>`
  );
}

/** The presentation's own relationships: rId1 the master, then the slides, then the property parts. */
function presentationRels(slides: number) {
  const slideRels = Array.from({ length: slides }, (_, i) => ({
    id: `rId${i + 2}`,
    type: REL.slide,
    target: `slides/slide${i + 1}.xml`,
  }));
  const next = slides + 2;
  return [
    { id: 'rId1', type: REL.slideMaster, target: 'slideMasters/slideMaster1.xml' },
    ...slideRels,
    { id: `rId${next}`, type: REL.presProps, target: 'presProps.xml' },
    { id: `rId${next + 1}`, type: REL.viewProps, target: 'viewProps.xml' },
    { id: `rId${next + 2}`, type: REL.theme, target: 'theme/theme1.xml' },
    { id: `rId${next + 3}`, type: REL.tableStyles, target: 'tableStyles.xml' },
  ];
}

/** ppt/_rels/presentation.xml.rels */
export function presentationRelsXml(slides: number): string {
  return relationshipsXml(presentationRels(slides));
}

/** PowerPoint's 16:9 "Widescreen": 13.333 × 7.5 in. The notes page is portrait letter-width (7.5 × 10 in). */
export const SLIDE_SIZE = { cx: 12192000, cy: 6858000 } as const;
const NOTES_SIZE = { cx: 6858000, cy: 9144000 } as const;

/** ppt/presentation.xml. Slide ids start at 256, as the schema requires. */
export function presentationXml(slides: number): string {
  const ids = Array.from({ length: slides }, (_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`);
  const sldIdLst = slides > 0 ? `<p:sldIdLst>${ids.join('')}</p:sldIdLst>` : '';
  return (
    `${XML_DECL}<p:presentation ${PML_NAMESPACES} saveSubsetFonts="1">` +
    `<p:sldMasterIdLst><p:sldMasterId id="${MASTER_ID}" r:id="rId1"/></p:sldMasterIdLst>${sldIdLst}` +
    `<p:sldSz cx="${SLIDE_SIZE.cx}" cy="${SLIDE_SIZE.cy}"/><p:notesSz cx="${NOTES_SIZE.cx}" cy="${NOTES_SIZE.cy}"/>` +
    `<p:defaultTextStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>` +
    `<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>` +
    `</p:defaultTextStyle></p:presentation>`
  );
}
