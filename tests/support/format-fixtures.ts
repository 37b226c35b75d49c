// Documents in every accepted format, generated from a text by code (never committed blobs): a saved
// government page wrapped in menus, breadcrumbs and a footer, a Word file written with `docx`, a PDF with a
// text layer printed by chromium in the bundled CJK font, and the broken files the readers must refuse.
import { deflateSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';
import { launch } from '../../scripts/lib/browser';
import { embeddedFaces } from '../../scripts/lib/export-fonts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words the chrome of a page holds and a document never does: none may survive the HTML reader. */
export const CHROME_WORDS = [
  '网站首页',
  '政务公开导航',
  '您当前的位置：首页 > 政策文件',
  '相关链接',
  '网站地图',
  '版权所有：示例市人民政府办公厅',
  '扫码查看手机版',
  'trackPageView',
] as const;

/** A page as a government site serves it: the document's paragraphs in the article, chrome all round. */
export function governmentPage(paragraphs: readonly string[], title: string, metaTable?: string): string {
  const meta = metaTable
    ? `<table class="xxgk-table"><tbody><tr>${metaTable
        .split(/(?=\[ )/)
        .map((cell) => `<td>${escapeHtml(cell.trim())}</td>`)
        .join('')}</tr></tbody></table>`
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}_示例市人民政府网</title>
<style>.nav li { display: inline }</style>
<script>window._paq = []; _paq.push(['trackPageView']);</script></head>
<body>
<div class="header"><div class="logo">示例市人民政府</div>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开导航</a></li>
<li><a href="/hd">互动交流</a></li><li><a href="/fw">办事服务</a></li></ul></div>
<div class="crumb">您当前的位置：首页 &gt; 政策文件</div>
<div class="main">
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">市发展改革委</a></li><li><a href="/b">市财政局</a></li>
<li><a href="/c">市科技局</a></li></ul></div>
<div class="content">${meta}
<h1 class="title">${escapeHtml(title)}</h1>
<div class="article" id="zoom">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
<div class="share">打印 分享到 <a href="#">微信</a></div>
</div></div>
<div class="footer"><a href="/map">网站地图</a> <a href="/contact">联系我们</a><br>
版权所有：示例市人民政府办公厅 <span>扫码查看手机版</span></div>
<iframe src="https://example.org/ads"></iframe>
</body></html>`;
}

/** A Word file holding one paragraph per entry, written by the `docx` package as Word would save it. */
export async function wordFile(paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: paragraphs.map(
          (p) => new Paragraph({ children: [new TextRun({ text: p, font: { eastAsia: '宋体' } })] }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * PDFs with a text layer, one per document (each a list of paragraphs), printed by chromium in the bundled
 * Noto Sans SC (the machine may have no CJK font): what "print to PDF" or a site's PDF gives, lines wrapped
 * by the layout and paragraphs indented. One browser prints them all.
 */
export async function printedPdfs(documents: readonly (readonly string[])[]): Promise<Uint8Array[]> {
  const browser = await launch('no-cjk');
  try {
    const page = await browser.newPage();
    const pdfs: Uint8Array[] = [];
    for (const paragraphs of documents) {
      await page.setContent(printPage(paragraphs), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const margin = { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' };
      pdfs.push(new Uint8Array(await page.pdf({ format: 'A4', margin })));
    }
    return pdfs;
  } finally {
    await browser.close();
  }
}

function printPage(paragraphs: readonly string[]): string {
  const faces = embeddedFaces({ regular: paragraphs.join(''), bold: '' })
    .map(
      (f) =>
        `@font-face{font-family:"Doc";font-weight:${f.weight};unicode-range:${f.unicodeRange};` +
        `src:url(data:font/woff2;base64,${Buffer.from(f.woff2).toString('base64')}) format("woff2")}`,
    )
    .join('\n');
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${faces}\n` +
    'body{font-family:"Doc";font-size:14px;line-height:1.8;margin:0}p{margin:0 0 12px;text-indent:2em}' +
    `</style></head><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`
  );
}

/** A scan: pages that are only an image, with no text layer at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // A tiny grey PNG stands for the scanned page; what matters is that the page has no text operators.
  const png = await pdf.embedPng(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAXpeqz8AAAAASUVORK5CYII=',
      'base64',
    ),
  );
  for (let i = 0; i < 2; i++) {
    const page = pdf.addPage([595, 842]);
    page.drawRectangle({ x: 40, y: 40, width: 515, height: 762, color: rgb(0.95, 0.95, 0.95) });
    page.drawImage(png, { x: 60, y: 60, width: 475, height: 722 });
  }
  return pdf.save({ useObjectStreams: false });
}

/**
 * A PDF that needs a password to open: the standard security handler (RC4, revision 3) with a user password
 * the reader does not have. The check values are random, so no empty password opens it.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const plain = await PDFDocument.create();
  plain.addPage([595, 842]);
  const bytes = Buffer.from(await plain.save({ useObjectStreams: false })).toString('latin1');
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => (((i + 1) * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const encrypt = `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${hex(32, 11)}> /U <${hex(32, 97)}> >>`;
  const id = `[<${hex(16, 5)}> <${hex(16, 5)}>]`;
  // Append the encryption dictionary as a new object and point the trailer at it (an incremental update).
  const size = Number(/\/Size (\d+)/.exec(bytes)?.[1]);
  const startxref = Number(/startxref\s+(\d+)/.exec(bytes)?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(bytes)?.[1];
  const objOffset = bytes.length;
  const obj = `${size} 0 obj\n${encrypt}\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const xref =
    `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Prev ${startxref} /Encrypt ${size} 0 R /ID ${id} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(bytes + obj + xref, 'latin1'));
}

/** A ZIP whose one entry declares `declared` bytes unpacked (a zip bomb's central directory). */
export function zipDeclaring(declared: number): Uint8Array {
  const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // Patch the uncompressed size in the local header (offset 22) and the central directory (offset 24).
  view.setUint32(22, declared, true);
  const central = findSignature(zip, 0x02014b50);
  view.setUint32(central + 24, declared, true);
  return zip;
}

/** A ZIP that declares a small size but inflates to `actual` bytes of zeros (a bomb that lies). */
export function lyingZip(actual: number): Uint8Array {
  const deflated = deflateSync(new Uint8Array(actual), { level: 9 });
  // Written by hand: one deflated entry whose headers claim 1 byte unpacked.
  const name = new TextEncoder().encode('word/document.xml');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, 1, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const cd = new Uint8Array(46 + name.length);
  const cv = new DataView(cd.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, 1, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  cd.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  return concat([local, deflated, cd, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function findSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 4; i >= 0; i--) if (view.getUint32(i, true) === signature) return i;
  throw new Error('signature not found');
}
