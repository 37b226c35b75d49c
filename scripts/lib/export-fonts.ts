// The shipped font for server-side PNG export: the @fontsource/noto-sans-sc subsets that cover the text
// to draw, turned from WOFF into TTF (resvg reads TTF/OTF only) and cached on disk.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './export-woff';

export const EXPORT_FONT_FAMILY = 'Noto Sans SC';

const require = createRequire(import.meta.url);

function packageDir(): string {
  return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

type Range = [number, number];

/** 'U+4e00-4e2f,U+3000' → [[0x4e00, 0x4e2f], [0x3000, 0x3000]] */
export function parseUnicodeRange(text: string): Range[] {
  return text.split(',').flatMap((part) => {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return [];
    const lo = parseInt(m[1]!, 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo] as Range];
  });
}

function subsets(): { name: string; ranges: Range[] }[] {
  const json = JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(json).map(([key, ranges]) => ({
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseUnicodeRange(ranges),
  }));
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
  weights?: readonly number[];
  cacheDir?: string;
}

/**
 * TTF files (paths) of Noto Sans SC covering `text`, in the given weights. The latin subset is always
 * included so digits and punctuation render even for text the ranges do not list.
 */
export function exportFontFiles(
  text: string,
  { weights = [400, 700], cacheDir }: FontOptions = {},
): string[] {
  const pkg = packageDir();
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
  const dir = cacheDir ?? join(tmpdir(), `scitech-export-fonts-${version}`);
  mkdirSync(dir, { recursive: true });
  const names = new Set(['latin', ...subsetsFor(text)]);
  const out: string[] = [];
  for (const weight of weights) {
    for (const name of names) {
      const woff = join(pkg, 'files', `noto-sans-sc-${name}-${weight}-normal.woff`);
      if (!existsSync(woff)) continue;
      const ttf = join(dir, `noto-sans-sc-${name}-${weight}.ttf`);
      if (!existsSync(ttf)) {
        // Write under a unique name and rename, so a concurrent export never reads half a file.
        const tmp = `${ttf}.${createHash('sha1').update(`${process.pid}${Math.random()}`).digest('hex').slice(0, 8)}`;
        writeFileSync(tmp, woffToSfnt(readFileSync(woff)));
        renameSync(tmp, ttf);
      }
      out.push(ttf);
    }
  }
  return out;
}
