// The first screen's Chinese in one small download (docs/boot.md, "Fonts"). On a machine without a CJK font
// the bundled Noto Sans SC comes as about 100 files split by unicode-range, whose @font-face rules arrive
// with the app's script; the snapshot's few hundred characters were spread over a dozen of them (400 kB).
// The build cuts, from each of those files, just the characters the snapshot shows (subset-font, HarfBuzz's
// subsetter), and the page names those cuts in its inlined CSS as 'Noto Sans SC First', before Noto Sans
// SC in the font stack: a machine without a CJK font fetches them at its first layout (13 files, 37 kB
// for the real dataset's snapshot), and a machine with one never does (its system font comes first).
import { createHash } from 'node:crypto';
import subsetFont from 'subset-font';
import { wideCjkCodePoints } from './placeholder-font';

export const FIRST_SCREEN_FAMILY = 'Noto Sans SC First';

/** One @font-face of the bundled font: its woff2 file and the code points it covers. */
export interface FontSlice {
  file: string;
  ranges: readonly (readonly [number, number])[];
}

/** The faces of a fontsource stylesheet (@fontsource/noto-sans-sc/400.css), with their woff2 files. */
export function fontSlices(css: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(',').map((r) => {
      const [from = '', to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
    });
    return [{ file, ranges }];
  });
}

export interface FirstScreenFont {
  /** The @font-face rules, with URLs relative to the page. */
  css: string;
  /** The files to write, relative to the built app's folder. */
  files: { path: string; bytes: Uint8Array }[];
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase()}`;

/**
 * The cuts of the bundled font for the wide CJK characters of `text`: one file per slice that holds any of
 * them (named by content), and the rules that name them. `read` gives a slice's bytes by its file name.
 */
export async function firstScreenFont(
  text: string,
  slices: readonly FontSlice[],
  read: (file: string) => Uint8Array,
): Promise<FirstScreenFont> {
  const bySlice = new Map<FontSlice, number[]>();
  for (const cp of wideCjkCodePoints([text])) {
    const slice = slices.find((s) => s.ranges.some(([from, to]) => cp >= from && cp <= to));
    if (slice) bySlice.set(slice, [...(bySlice.get(slice) ?? []), cp]);
  }
  const files: FirstScreenFont['files'] = [];
  const rules: string[] = [];
  for (const [slice, codes] of bySlice) {
    const bytes = new Uint8Array(
      await subsetFont(read(slice.file), String.fromCodePoint(...codes), { targetFormat: 'woff2' }),
    );
    const path = `assets/first-screen-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`;
    files.push({ path, bytes });
    rules.push(
      `@font-face{font-family:'${FIRST_SCREEN_FAMILY}';font-style:normal;font-weight:400;font-display:swap;` +
        `src:url(./${path}) format('woff2');unicode-range:${codes.map(hex).join(',')}}`,
    );
  }
  return { css: rules.join(''), files };
}
