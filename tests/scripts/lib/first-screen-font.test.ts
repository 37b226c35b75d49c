// The first screen's cut of the bundled font: for each fontsource file that holds a character the snapshot
// shows, a subset of just those characters, and the @font-face rules that name them.
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_FAMILY, firstScreenFont, fontSlices } from '../../../scripts/lib/first-screen-font';

const PACKAGE = 'node_modules/@fontsource/noto-sans-sc';
const slices = fontSlices(readFileSync(`${PACKAGE}/400.css`, 'utf8'));
const read = (file: string) => readFileSync(`${PACKAGE}/files/${file}`);

describe('fontSlices', () => {
  it('reads every face of the fontsource stylesheet, with its woff2 file and ranges', () => {
    expect(slices.length).toBeGreaterThan(90);
    const latin = slices.find((s) => s.file === 'noto-sans-sc-latin-400-normal.woff2');
    expect(latin?.ranges[0]).toEqual([0x0000, 0x00ff]);
    expect(slices.every((s) => s.ranges.every(([a, b]) => Number.isInteger(a) && b >= a))).toBe(true);
  });
});

describe('firstScreenFont', () => {
  const text = '<h3 class="panel-title">科技型企业贷款余额</h3><span>6,950 亿元（2024年6月末）</span>';

  it('cuts one file per slice that holds the characters, each with exactly those characters', async () => {
    const font = await firstScreenFont(text, slices, read);
    const wanted = [...new Set('科技型企业贷款余额亿元（年月末）')].map((c) => c.codePointAt(0)!);
    const rules = [...font.css.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]!);
    expect(rules).toHaveLength(font.files.length);
    const covered: number[] = [];
    for (const [i, file] of font.files.entries()) {
      expect(file.path).toMatch(/^assets\/first-screen-[0-9a-f]{8}\.woff2$/);
      expect(rules[i]).toContain(`font-family:'${FIRST_SCREEN_FAMILY}'`);
      expect(rules[i]).toContain(`src:url(./${file.path}) format('woff2')`);
      const codes = /unicode-range:([^;}]*)/
        .exec(rules[i]!)![1]!
        .split(',')
        .map((u) => parseInt(u.replace('U+', ''), 16));
      covered.push(...codes);
      // The file itself maps each of its characters to a glyph with an outline (read back as TrueType).
      const ttf = await subsetFont(Buffer.from(file.bytes), String.fromCodePoint(...codes), {
        targetFormat: 'truetype',
      });
      const parsed = opentype.parse(ttf.buffer.slice(ttf.byteOffset, ttf.byteOffset + ttf.byteLength));
      for (const code of codes) {
        const glyph = parsed.charToGlyph(String.fromCodePoint(code));
        expect(glyph.index).toBeGreaterThan(0);
        expect(glyph.getPath(0, 0, 1000).commands.length).toBeGreaterThan(0);
      }
    }
    expect(covered.sort((a, b) => a - b)).toEqual(wanted.sort((a, b) => a - b));
    expect(font.files.reduce((n, f) => n + f.bytes.length, 0)).toBeLessThan(40_000);
  });

  it('has nothing to cut for text without Chinese', async () => {
    expect(await firstScreenFont('<b>6,950</b> bn yuan', slices, read)).toEqual({ css: '', files: [] });
  });
});
