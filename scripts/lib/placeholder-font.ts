// The page's CJK placeholder font (docs/boot.md, "fonts"). On a machine without a Chinese system font the
// page's Chinese is drawn in the bundled Noto Sans SC, whose files arrive after the first paint (their
// @font-face rules even come with the app's script). Until then the browser laid that text out in whatever
// it had: .notdef boxes 0.6 em wide, so lines wrapped differently and the page moved when the font arrived
// (a phone's list moved 97 px; Lighthouse CLS 0.305). This font has one empty glyph, as wide as every
// ideograph of Noto Sans SC (1 em) and with its vertical metrics, mapped from each wide CJK character the
// app can show; listed after Noto Sans SC in the page's font stack, it holds each such character's exact
// place, blank, until Noto Sans SC draws it there. It is added from an inline script as a FontFace made
// from bytes, which the browser loads synchronously: it is there for the first layout.
import opentype from 'opentype.js';
import { PLACEHOLDER_FAMILY } from '../../src/charts/chart-style';

// Noto Sans SC 400 (the fontsource files): unitsPerEm 1000, hhea 1160 / −288, typo 880 / −120, win 1160 / 288.
const NOTO = { ascender: 1160, descender: -288, typoAscender: 880, typoDescender: -120 } as const;

/**
 * The blocks in which every character of Noto Sans SC is one em wide (tests/build/placeholder-font.test.ts
 * checks each bundled file): CJK radicals to Kangxi, CJK symbols and punctuation, kana, bopomofo, enclosed CJK, ideographs and extension A, compatibility ideographs and forms,
 * the full-width forms (not the half-width ones after U+FF60).
 */
const WIDE_CJK: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3040, 0x3098], // not U+3099–309A, the combining voiced marks (zero width)
  [0x309b, 0x30ff],
  [0x3100, 0x312f],
  [0x3190, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
];

export function isWideCjk(codePoint: number): boolean {
  return WIDE_CJK.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The wide CJK code points used in `texts`, ascending, each once. */
export function wideCjkCodePoints(texts: Iterable<string>): number[] {
  const found = new Set<number>();
  for (const text of texts)
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isWideCjk(cp)) found.add(cp);
    }
  return [...found].sort((a, b) => a - b);
}

/** An OpenType font whose one glyph is empty, 1 em wide, mapped from each of `codePoints`. Deterministic. */
export function placeholderFont(codePoints: readonly number[]): Uint8Array {
  if (codePoints.length === 0) throw new Error('placeholder font: no characters to map');
  const empty = () => new opentype.Path();
  const notdef = new opentype.Glyph({ name: '.notdef', advanceWidth: 1000, path: empty() });
  const blank = new opentype.Glyph({ name: 'blank', advanceWidth: 1000, path: empty() });
  blank.unicode = codePoints[0]!;
  blank.unicodes = [...codePoints];
  const font = new opentype.Font({
    familyName: PLACEHOLDER_FAMILY,
    styleName: 'Regular',
    unitsPerEm: 1000,
    ascender: NOTO.ascender,
    descender: NOTO.descender,
    glyphs: [notdef, blank],
    // Not in the typings of opentype.js 1.3, read by 2.0: the same OS/2 metrics as Noto Sans SC (Windows
    // lays out with win*), and a fixed date so that the same characters give the same bytes.
    ...{
      createdTimestamp: 0,
      tables: {
        os2: {
          usWinAscent: NOTO.ascender,
          usWinDescent: -NOTO.descender,
          sTypoAscender: NOTO.typoAscender,
          sTypoDescender: NOTO.typoDescender,
          sTypoLineGap: 0,
        },
      },
    },
  });
  return new Uint8Array(font.toArrayBuffer());
}

/**
 * The inline script that adds the font to the page before its first layout (a FontFace made from bytes is
 * loaded at once, unlike a url(), even a data: one). ES5; it never throws (no FontFace: nothing happens,
 * the page looks as it did without the placeholder).
 */
export function placeholderScript(font: Uint8Array): string {
  const base64 = Buffer.from(font).toString('base64');
  return (
    '(function(){try{var s=atob("' +
    base64 +
    '"),a=new Uint8Array(s.length);for(var i=0;i<s.length;i++)a[i]=s.charCodeAt(i);' +
    'document.fonts.add(new FontFace(' +
    JSON.stringify(PLACEHOLDER_FAMILY) +
    ',a))}catch(e){}})();'
  );
}
