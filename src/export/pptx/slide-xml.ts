// One slide as PresentationML: its text boxes and pictures, and the .rels that ties it to its layout and
// its images. Pure: deck model in, XML text out.
import type { Picture, Shape, Slide, TextBox, VerticalAlign } from './deck';
import { PML_NAMESPACES, REL, XML_DECL, relationshipsXml } from './relationships';
import { emu, fontSize } from './units';
import { escapeXml, languageOf, paragraphs } from './xml-text';

const ANCHOR: Record<VerticalAlign, string> = { top: 't', middle: 'ctr', bottom: 'b' };

/** The start of every shape tree (slide, layout, master): the tree's own properties, id 1. */
export const SHAPE_TREE_HEAD =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>';

/** The slide's relationship to its layout is rId1; picture n (0-based, in shape order) is rId(n + 2). */
export function pictureRelId(n: number): string {
  return `rId${n + 2}`;
}

function xfrm(x: number, y: number, w: number, h: number): string {
  const cx = emu(w);
  const cy = emu(h);
  if (cx < 0 || cy < 0) throw new RangeError(`negative size: ${w} × ${h} in`);
  return `<a:xfrm><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>`;
}

function hexColor(color: string | undefined): string {
  const c = color ?? '000000';
  if (!/^[0-9a-f]{6}$/i.test(c)) throw new RangeError(`not an RRGGBB colour: ${c}`);
  return c.toUpperCase();
}

function paragraphXml(line: string, box: TextBox, fontFace: string): string {
  const lang = languageOf(line) === 'zh-CN' ? 'lang="zh-CN" altLang="en-US"' : 'lang="en-US"';
  const attrs = `${lang} sz="${fontSize(box.size)}"${box.bold ? ' b="1"' : ''} dirty="0"`;
  if (line === '') return `<a:p><a:endParaRPr ${attrs}/></a:p>`;
  const face = escapeXml(fontFace);
  const props =
    `<a:solidFill><a:srgbClr val="${hexColor(box.color)}"/></a:solidFill>` +
    `<a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface="${face}"/>`;
  return `<a:p><a:r><a:rPr ${attrs}>${props}</a:rPr><a:t>${escapeXml(line)}</a:t></a:r></a:p>`;
}

function textBoxXml(box: TextBox, id: number, fontFace: string): string {
  const body = paragraphs(box.text)
    .map((line) => paragraphXml(line, box, fontFace))
    .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box.x, box.y, box.w, box.h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" rtlCol="0" anchor="${ANCHOR[box.valign ?? 'top']}"><a:noAutofit/></a:bodyPr>` +
    `<a:lstStyle/>${body}</p:txBody></p:sp>`
  );
}

function pictureXml(pic: Picture, id: number, relId: string): string {
  const descr = pic.description ? ` descr="${escapeXml(pic.description)}"` : '';
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}"${descr}/>` +
    `<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(pic.x, pic.y, pic.w, pic.h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

/** The pictures of a slide, in the order their images are numbered. */
export function picturesOf(slide: Slide): Picture[] {
  return slide.shapes.filter((s): s is Picture => s.kind === 'picture');
}

/** ppt/slides/slideN.xml. Shape ids start at 2 (1 is the slide's shape tree). */
export function slideXml(slide: Slide, fontFace: string): string {
  let pictures = 0;
  const shapes = slide.shapes.map((shape: Shape, i) =>
    shape.kind === 'text'
      ? textBoxXml(shape, i + 2, fontFace)
      : pictureXml(shape, i + 2, pictureRelId(pictures++)),
  );
  return (
    `${XML_DECL}<p:sld ${PML_NAMESPACES}><p:cSld><p:spTree>${SHAPE_TREE_HEAD}${shapes.join('')}</p:spTree>` +
    `</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`
  );
}

/** ppt/slides/_rels/slideN.xml.rels: the layout, then one image per picture (targets relative to ppt/slides/). */
export function slideRelsXml(imageTargets: readonly string[]): string {
  return relationshipsXml([
    { id: 'rId1', type: REL.slideLayout, target: '../slideLayouts/slideLayout1.xml' },
    ...imageTargets.map((target, n) => ({ id: pictureRelId(n), type: REL.image, target })),
  ]);
}
