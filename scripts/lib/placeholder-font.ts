// The page's CJK placeholder font (docs/boot.md, "fonts"). On a machine without a Chinese system font the
// page's Chinese is drawn in the bundled Noto Sans SC, whose files arrive after the first paint (their
// @font-face rules even come with the app's script). Until then the browser laid that text out in whatever
// it had: .notdef boxes 0.6 em wide, so lines wrapped differently and the page moved when the font arrived
// (a phone's list moved 97 px; Lighthouse CLS 0.305). This font has one empty glyph, as wide as every
// ideograph of Noto Sans SC (1 em) and with its vertical metrics, mapped from each wide CJK character the
// app can show; listed after Noto Sans SC in the page's font stack, it holds each such character's exact
// place, blank, until Noto Sans SC draws it there. An inline script (src/boot/placeholder-font.ts) adds it
// as a FontFace made from bytes, which the browser loads synchronously: it is there for the first layout.
import opentype from 'opentype.js';
import { PLACEHOLDER_FAMILY } from '../../src/charts/chart-style';
import { bootScript } from './boot-script';

// Noto Sans SC 400 (the fontsource files): unitsPerEm 1000, hhea 1160 / −288, typo 880 / −120, win 1160 / 288.
const NOTO = { ascender: 1160, descender: -288, typoAscender: 880, typoDescender: -120 } as const;

/**
 * The blocks in which every character of Noto Sans SC is one em wide (tests/scripts/lib/placeholder-font.test.ts
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
    // lays out with win*).
    ...{
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
  return withFixedDates(new Uint8Array(font.toArrayBuffer()));
}

/**
 * The font with its head table's created and modified dates set to 0 (opentype.js writes the time of writing
 * into modified), and the checksums that depend on them recomputed: the same characters, the same bytes
 * (and the same CSP hash for the script that carries them).
 */
function withFixedDates(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const sum = (from: number, length: number) => {
    let total = 0;
    for (let i = from; i < from + length; i += 4) {
      // Tables are 4-byte aligned; the last word of a table is zero-padded.
      let word = 0;
      for (let b = 0; b < 4; b++) word = (word << 8) | (i + b < from + length ? font[i + b]! : 0);
      total = (total + (word >>> 0)) >>> 0;
    }
    return total;
  };
  const tables = view.getUint16(4);
  for (let t = 0; t < tables; t++) {
    const record = 12 + 16 * t;
    if (String.fromCharCode(...font.subarray(record, record + 4)) !== 'head') continue;
    const head = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    view.setUint32(head + 8, 0); // checkSumAdjustment, computed with 0 in place
    for (const at of [20, 24, 28, 32]) view.setUint32(head + at, 0); // created, modified (64-bit each)
    view.setUint32(record + 4, sum(head, length));
    view.setUint32(head + 8, (0xb1b0afba - sum(0, font.byteLength)) >>> 0);
    return font;
  }
  throw new Error('placeholder font: no head table');
}

/** The inline script that adds the font to the page before its first layout (src/boot/placeholder-font.ts). */
export function placeholderScript(font: Uint8Array): string {
  return bootScript('placeholder-font', {
    __PLACEHOLDER_FAMILY__: PLACEHOLDER_FAMILY,
    __PLACEHOLDER_FONT__: Buffer.from(font).toString('base64'),
  });
}
