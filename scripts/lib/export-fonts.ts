// The shipped font for server-side PNG export: the @fontsource/noto-sans-sc subsets that cover the text
// to draw, turned from WOFF into TTF (resvg reads TTF/OTF only) and cached on disk.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './export-woff';
import { covers, parseUnicodeRange, type EmbeddedFace, type Range } from '../../src/export/svg-fonts';

export const EXPORT_FONT_FAMILY = 'Noto Sans SC';

const require = createRequire(import.meta.url);

function packageDir(): string {
  return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

export { parseUnicodeRange };

function subsets(): { name: string; unicodeRange: string; ranges: Range[] }[] {
  const json = JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(json).map(([key, ranges]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    unicodeRange: ranges,
    ranges: parseUnicodeRange(ranges),
  }));
}

/** The WOFF2 subsets of the shipped font that an SVG's text needs, regular and bold, for embedding. */
export function embeddedFaces(text: { regular: string; bold: string }): EmbeddedFace[] {
  const pkg = packageDir();
  const faces: EmbeddedFace[] = [];
  for (const [weight, chars] of [
    [400, text.regular],
    [700, text.bold],
  ] as const) {
    if (!chars) continue;
    for (const s of subsets()) {
      if (!covers(s.ranges, chars)) continue;
      const file = join(pkg, 'files', `noto-sans-sc-${s.name}-${weight}-normal.woff2`);
      if (existsSync(file)) {
        faces.push({
          family: EXPORT_FONT_FAMILY,
          weight,
          unicodeRange: s.unicodeRange,
          woff2: readFileSync(file),
        });
      }
    }
  }
  return faces;
}

/** The subset names whose ranges contain at least one character of `text`. */
export function subsetsFor(text: string): string[] {
  const codes = new Set<number>();
  for (const ch of text) codes.add(ch.codePointAt(0)!);
  return subsets()
    .filter((s) => s.ranges.some(([lo, hi]) => [...codes].some((c) => c >= lo && c <= hi)))
    .map((s) => s.name);
}

export interface FontOptions {
  cacheDir?: string;
}

function ttfOf(pkg: string, dir: string, name: string, weight: number): string | null {
  const woff = join(pkg, 'files', `noto-sans-sc-${name}-${weight}-normal.woff`);
  if (!existsSync(woff)) return null;
  const ttf = join(dir, `noto-sans-sc-${name}-${weight}.ttf`);
  if (!existsSync(ttf)) {
    // Write under a unique name and rename, so a concurrent export never reads half a file.
    const tmp = `${ttf}.${createHash('sha1').update(`${process.pid}${Math.random()}`).digest('hex').slice(0, 8)}`;
    writeFileSync(tmp, woffToSfnt(readFileSync(woff)));
    renameSync(tmp, ttf);
  }
  return ttf;
}

/** The family name (name ID 1, Windows platform) of a TTF/OTF file. */
export function fontFamilyName(font: Buffer): string | null {
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) !== 'name') continue;
    const table = font.readUInt32BE(at + 8);
    const count = font.readUInt16BE(table + 2);
    const strings = table + font.readUInt16BE(table + 4);
    for (let r = 0; r < count; r++) {
      const rec = table + 6 + r * 12;
      if (font.readUInt16BE(rec) !== 3 || font.readUInt16BE(rec + 6) !== 1) continue;
      const length = font.readUInt16BE(rec + 8);
      const offset = strings + font.readUInt16BE(rec + 10);
      let name = '';
      for (let j = 0; j < length; j += 2) name += String.fromCharCode(font.readUInt16BE(offset + j));
      return name;
    }
  }
  return null;
}

export interface ExportFonts {
  /** TTF paths, in load order. */
  files: string[];
  /** The family the SVG must name first to reach the 'chinese-simplified' faces. */
  family: string;
}

/**
 * The fonts for drawing `text`: the 'chinese-simplified' file in regular and bold (about 7,000 hanzi plus
 * Latin, digits and CJK punctuation), then the regular unicode-range subsets that hold the text's
 * characters, for the few symbols it lacks (≥, → …).
 * Why this shape: the 'chinese-simplified' files are named "Noto Sans SC Thin" inside (the subsets are
 * "Noto Sans SC"), so the SVG names that family first (see withExportFamily) and bold text gets the bold
 * face; resvg's fallback for a missing glyph takes the first loaded face that has it, whatever its
 * weight, so only rare symbols in bold text come out regular.
 */
export function exportFonts(text: string, { cacheDir }: FontOptions = {}): ExportFonts {
  const pkg = packageDir();
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
  const dir = cacheDir ?? join(tmpdir(), `scitech-export-fonts-${version}`);
  mkdirSync(dir, { recursive: true });
  const regular = ttfOf(pkg, dir, 'chinese-simplified', 400);
  const files = [regular, ttfOf(pkg, dir, 'chinese-simplified', 700)];
  for (const name of subsetsFor(text)) files.push(ttfOf(pkg, dir, name, 400));
  const family = (regular && fontFamilyName(readFileSync(regular))) || EXPORT_FONT_FAMILY;
  return { files: files.filter((p): p is string => p !== null), family };
}

/** Put `family` before every quoted "Noto Sans SC" in the SVG's font-family lists. */
export function withExportFamily(svg: string, family: string): string {
  if (family === EXPORT_FONT_FAMILY) return svg;
  return svg.replace(/(['"]|&quot;)Noto Sans SC\1/g, (m) => `'${family}', ${m}`);
}
