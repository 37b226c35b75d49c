// LibreOffice, headless, as a test's real client: open what the app exports in Calc (or a deck in Impress)
// and convert it, so a test can read what the program made of it. Each call gets a fresh user profile (in the output folder), so runs
// in parallel never share one.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice binary on PATH, or null where LibreOffice is not installed. */
export function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' })
      .trim()
      .split('\n')[0]!;
  } catch {
    return null;
  }
}

/**
 * Whether the tests that need LibreOffice run here. They fail when it is missing (CI installs it: .ci/run),
 * except on a developer's machine that says so with NO_OFFICE=1; in CI (CI=true) that opt-out is ignored.
 */
export function officeTestMode(env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'missing' {
  if (findSoffice()) return 'run';
  if (env.NO_OFFICE === '1' && env.CI !== 'true') return 'skip';
  return 'missing';
}

export const OFFICE_MISSING =
  'LibreOffice (soffice) is not installed, and these tests open the exports in it. Install it with ' +
  '`apt-get install -y --no-install-recommends libreoffice-calc libreoffice-impress poppler-utils` (.ci/run ' +
  'does), or set ' +
  'NO_OFFICE=1 to skip them on a machine without it (never in CI).';

/**
 * Convert `file` with LibreOffice to `format` ('fods', 'pdf', …) in `outDir`; returns the output's path. The
 * file's type picks the program (a workbook opens in Calc, a deck in Impress).
 * `infilter`: the import filter and its options, as Calc's Text Import dialog would set them for a CSV.
 */
export function convertWithOffice(file: string, format: string, outDir: string, infilter?: string): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error(OFFICE_MISSING);
  const profile = join(outDir, '.profile');
  mkdirSync(profile, { recursive: true });
  execFileSync(
    soffice,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const base = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  return join(outDir, `${base}.${format}`);
}

export const convertWithCalc = convertWithOffice;

export interface OdsCell {
  type: string | null;
  value: string | null;
  text: string;
}

/** The sheets of a flat ODS file (what Calc wrote): name, and rows of cells (repeated cells expanded). */
export function readFods(xml: string): { name: string; rows: OdsCell[][] }[] {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return Array.from(xml.matchAll(/<table:table table:name="([^"]*)"[^>]*>(.*?)<\/table:table>/gs), (t) => ({
    name: unescape(t[1]!),
    rows: Array.from(t[2]!.matchAll(/<table:table-row\b[^>]*>(.*?)<\/table:table-row>/gs), (r) => {
      const cells: OdsCell[] = [];
      for (const c of r[1]!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)) {
        const attrs = c[1]!;
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
        const paragraphs = Array.from(
          (c[2] ?? '').matchAll(/<text:p\b[^>]*?(?:\/>|>(.*?)<\/text:p>)/gs),
          (p) => unescape((p[1] ?? '').replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, '')),
        );
        const cell = {
          type: /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? null,
          value: /office:value="([^"]*)"/.exec(attrs)?.[1] ?? null,
          text: paragraphs.join('\n'),
        };
        for (let i = 0; i < Math.min(repeat, 64); i++) cells.push(cell);
      }
      return cells;
    }),
  }));
}
