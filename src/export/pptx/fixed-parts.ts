// The parts every deck carries whatever its slides hold: one theme, one slide master with one blank layout,
// and the presentation, view and table-style properties. The smallest versions PowerPoint accepts: the
// theme has the three fill, line, effect and background styles the schema requires, and the deck's font as
// its Latin and East Asian face, so even an empty paragraph measures in it.
import { NS, PML_NAMESPACES, REL, XML_DECL, relationshipsXml } from './relationships';
import { SHAPE_TREE_HEAD } from './slide-xml';
import { escapeXml } from './xml-text';

/** Slide master and layout ids live above 2^31 and must not repeat (ECMA-376 §19.2.1.34). */
export const MASTER_ID = 2147483648;
const LAYOUT_ID = MASTER_ID + 1;

const COLORS: [string, string][] = [
  ['dk2', '1F2937'],
  ['lt2', 'E5E7EB'],
  ['accent1', '2563EB'],
  ['accent2', 'EA580C'],
  ['accent3', '6B7280'],
  ['accent4', 'CA8A04'],
  ['accent5', '0891B2'],
  ['accent6', '16A34A'],
  ['hlink', '1D4ED8'],
  ['folHlink', '7C3AED'],
];

const PH = '<a:schemeClr val="phClr"/>';
const three = (xml: string) => xml.repeat(3);

/** ppt/theme/theme1.xml */
export function themeXml(fontFace: string): string {
  const face = escapeXml(fontFace);
  const fonts = `<a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface=""/>`;
  const colors = COLORS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join('');
  const lines = [6350, 12700, 19050].map((w) => `<a:ln w="${w}"><a:solidFill>${PH}</a:solidFill></a:ln>`);
  return (
    `${XML_DECL}<a:theme xmlns:a="${NS.a}" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Dashboard"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>` +
    `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>${colors}</a:clrScheme>` +
    `<a:fontScheme name="Dashboard"><a:majorFont>${fonts}</a:majorFont><a:minorFont>${fonts}</a:minorFont>` +
    `</a:fontScheme><a:fmtScheme name="Dashboard">` +
    `<a:fillStyleLst>${three(`<a:solidFill>${PH}</a:solidFill>`)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${lines.join('')}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(`<a:solidFill>${PH}</a:solidFill>`)}</a:bgFillStyleLst>` +
    `</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}

function textStyle(tag: string, points: number, font: 'mj' | 'mn'): string {
  return (
    `<p:${tag}><a:lvl1pPr><a:defRPr sz="${points * 100}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>` +
    `<a:latin typeface="+${font}-lt"/><a:ea typeface="+${font}-ea"/><a:cs typeface="+${font}-cs"/>` +
    `</a:defRPr></a:lvl1pPr></p:${tag}>`
  );
}

const CLR_MAP =
  '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" ' +
  'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>';

/** ppt/slideMasters/slideMaster1.xml: a white background, no placeholders, the one layout as rId1. */
export function slideMasterXml(): string {
  return (
    `${XML_DECL}<p:sldMaster ${PML_NAMESPACES}><p:cSld>` +
    `<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>` +
    `<p:spTree>${SHAPE_TREE_HEAD}</p:spTree></p:cSld>${CLR_MAP}` +
    `<p:sldLayoutIdLst><p:sldLayoutId id="${LAYOUT_ID}" r:id="rId1"/></p:sldLayoutIdLst>` +
    `<p:txStyles>${textStyle('titleStyle', 44, 'mj')}${textStyle('bodyStyle', 28, 'mn')}` +
    `${textStyle('otherStyle', 18, 'mn')}</p:txStyles></p:sldMaster>`
  );
}

export function slideMasterRelsXml(): string {
  return relationshipsXml([
    { id: 'rId1', type: REL.slideLayout, target: '../slideLayouts/slideLayout1.xml' },
    { id: 'rId2', type: REL.theme, target: '../theme/theme1.xml' },
  ]);
}

/** ppt/slideLayouts/slideLayout1.xml: blank. */
export function slideLayoutXml(): string {
  return (
    `${XML_DECL}<p:sldLayout ${PML_NAMESPACES} type="blank" preserve="1">` +
    `<p:cSld name="Blank"><p:spTree>${SHAPE_TREE_HEAD}</p:spTree></p:cSld>` +
    `<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`
  );
}

export function slideLayoutRelsXml(): string {
  return relationshipsXml([
    { id: 'rId1', type: REL.slideMaster, target: '../slideMasters/slideMaster1.xml' },
  ]);
}

export function presPropsXml(): string {
  return `${XML_DECL}<p:presentationPr ${PML_NAMESPACES}/>`;
}

export function viewPropsXml(): string {
  return `${XML_DECL}<p:viewPr ${PML_NAMESPACES}/>`;
}

/** ppt/tableStyles.xml: no table styles of our own; the default is Office's "Medium Style 2 – Accent 1". */
export function tableStylesXml(): string {
  return `${XML_DECL}<a:tblStyleLst xmlns:a="${NS.a}" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`;
}
