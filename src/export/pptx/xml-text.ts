// Text as it may appear inside the deck's XML: characters XML 1.0 cannot hold removed, markup escaped,
// lines split into paragraphs, and the language PowerPoint should assume for each piece of text.

/** Can XML 1.0 hold this code point? (Tab, LF, CR and everything from U+0020, less surrogates and U+FFFE/F.) */
function xmlChar(c: number): boolean {
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  if (c >= 0xd800 && c <= 0xdfff) return false; // a lone surrogate (pairs arrive as one code point)
  return c !== 0xfffe && c !== 0xffff;
}

/** `text` without control characters, lone surrogates and U+FFFE/U+FFFF, which XML cannot hold. */
export function stripInvalidXml(text: string): string {
  let out = '';
  for (const ch of text) if (xmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Safe as element text and as an attribute value in double or single quotes. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** One entry per line; CRLF and CR count as line ends too. */
export function paragraphs(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

// CJK punctuation, kana, CJK ideographs (and extension A), compatibility ideographs, full-width forms.
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** zh-CN when the text holds any Chinese character or punctuation, else en-US. */
export function languageOf(text: string): 'zh-CN' | 'en-US' {
  return CJK.test(text) ? 'zh-CN' : 'en-US';
}
