// A web page saved from a government site, as the document's text: the main text only, without the menus,
// breadcrumbs, share buttons and footer around it. Mozilla's Readability (Firefox's reader view) finds the
// article in a linkedom DOM; the page's metadata table (索引号, 发布机构, 成文日期 …) is kept in front of it,
// since it says who issued the document and when (src/domain/text/document-meta.ts reads it).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeDocument } from '../../../src/domain/text/decode';
import type { Result } from '../../../src/domain/types';

/** Elements whose content is never document text. */
const NEVER_TEXT =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select';
/** Page furniture by element and by the class or id names content systems give it. */
const CHROME =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
  '[class*="crumb"], [id*="crumb"], [class*="breadcrumb"], [class*="position"], [class*="location"], ' +
  '[class*="footer"], [id*="footer"], [class*="share"], [class*="sidebar"], [class*="nav"], [id*="nav"], ' +
  '[class*="menu"], [id*="menu"]';
/** Lines that are the site's, not the document's, wherever they sit. */
const CHROME_LINE =
  /^(?:您?当前(?:所在)?的?位置\s*[:：].*|打印|打印本页|【打印】|分享到.{0,20}|扫一扫在手机.{0,20}|【?字体[:：].{0,12}|【?关闭(?:窗口)?】?)$/;

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

type Doc = ReturnType<typeof parseHTML>['document'];
type Node = Doc['body'];

export function readHtml(bytes: Uint8Array): Result<string> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  if (!/<(?:html|body|p|div|table|br)\b/i.test(decoded.value))
    return { ok: false, error: 'no HTML markup in it: if it is plain text, give it the .txt extension' };
  // Readability changes the DOM it reads: the metadata table comes from a copy of the page.
  const meta = metadataTable(parseHTML(decoded.value).document);
  const { document } = parseHTML(decoded.value);
  for (const el of [...document.querySelectorAll(NEVER_TEXT)]) el.remove();
  const title = pageTitle(document);
  // Furniture is a small part of a page: an element matched by name that holds much of its text is a
  // wrapper whose class happens to match (class="main-nav-content"), and stays for Readability to judge.
  const pageText = (document.body?.textContent ?? '').length;
  for (const el of [...document.querySelectorAll(CHROME)]) {
    const text = el.textContent ?? '';
    if (!text.includes('索引号') && text.length < pageText * 0.3) el.remove();
  }
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const body = article?.content
    ? textOf(parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body)
    : '';
  const main = body.trim() ? body : textOf(document.body);
  const parts = [
    meta && !main.includes('索引号') ? meta : '',
    title && !main.includes(title) ? title : '',
    main,
  ];
  const text = parts
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !CHROME_LINE.test(l))
    .join('\n');
  if (text.trim() === '')
    return { ok: false, error: 'the page holds no text (only markup, scripts or images)' };
  return { ok: true, value: `${text}\n` };
}

/** The page's bytes as text: a BOM, else the charset its meta tag declares (GBK pages are common), else
 *  UTF-8 or GB18030 as for a .txt file. */
function decodeHtml(bytes: Uint8Array): Result<string> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (charset && !hasBom && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      const label = /^(gb2312|gbk|gb18030|x-gbk)$/.test(charset) ? 'gb18030' : charset;
      return { ok: true, value: new TextDecoder(label, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, error: `declares charset ${charset} but does not decode as it` };
    }
  }
  return decodeDocument(bytes);
}

/** The smallest element holding the government metadata table, as text, one line. */
function metadataTable(document: Doc): string {
  let best: Node | null = null;
  for (const el of [...document.querySelectorAll('table, div, ul, dl, section')] as Node[]) {
    const text = el.textContent ?? '';
    if (!text.includes('索引号') || !/发布机构|成文日期|发文字号|发布日期/.test(text)) continue;
    if (!best || text.length < (best.textContent ?? '').length) best = el;
  }
  return best ? inline(textOf(best)) : '';
}

/** The document's title: the page's first heading, else its <title> without the site's name. */
function pageTitle(document: Doc): string {
  const h1 = inline(document.querySelector('h1')?.textContent ?? '');
  if (h1) return h1;
  const parts = (document.title ?? '').split(/\s*[_|｜]\s*|\s+-\s+/).map(inline);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

const inline = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text as a browser lays it out: whitespace collapsed within a block, a line per block, cells spaced. */
function textOf(root: Node): string {
  let out = '';
  const walk = (node: Node, pre: boolean) => {
    for (const child of [...node.childNodes] as Node[]) {
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        out += pre ? t : t.replace(/[ \t\n\r\f]+/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = child.tagName;
        const block = BLOCK.has(tag);
        if (block) out += '\n';
        if (tag === 'TD' || tag === 'TH') out += ' ';
        walk(child, pre || tag === 'PRE');
        if (block) out += '\n';
      }
    }
  };
  walk(root, false);
  return out
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}
