// The package's plumbing: XML namespaces, relationship types and content types, and the .rels part.
import { escapeXml } from './xml-text';

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
} as const;

/** xmlns declarations for a PresentationML root element. */
export const PML_NAMESPACES = `xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"`;

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE_REL}/extended-properties`,
  slideMaster: `${OFFICE_REL}/slideMaster`,
  slideLayout: `${OFFICE_REL}/slideLayout`,
  slide: `${OFFICE_REL}/slide`,
  theme: `${OFFICE_REL}/theme`,
  presProps: `${OFFICE_REL}/presProps`,
  viewProps: `${OFFICE_REL}/viewProps`,
  tableStyles: `${OFFICE_REL}/tableStyles`,
  image: `${OFFICE_REL}/image`,
} as const;

const PML_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml';

/** The content type of each kind of part, for [Content_Types].xml. */
export const CONTENT_TYPE = {
  presentation: `${PML_TYPE}.presentation.main+xml`,
  slideMaster: `${PML_TYPE}.slideMaster+xml`,
  slideLayout: `${PML_TYPE}.slideLayout+xml`,
  slide: `${PML_TYPE}.slide+xml`,
  presProps: `${PML_TYPE}.presProps+xml`,
  viewProps: `${PML_TYPE}.viewProps+xml`,
  tableStyles: `${PML_TYPE}.tableStyles+xml`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Relative to the folder of the part that owns the .rels. */
  target: string;
}

/** A .rels part. */
export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`,
  );
  return (
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${items.join('')}</Relationships>`
  );
}
