// Puts the build-time snapshot of the first screen into the built index.html, so the first panels' numbers
// paint with the HTML, before any script has run (issue 5: first panel ≤ 1.5× a plain HTML page). The
// snapshot is the app's own rendering (src/app/render-snapshot.tsx, built by `vite build --ssr`) of the
// built dataset, judged as of the build day; the guard script it adds shows it only on visits it is true for.
//
//   tsx scripts/prerender.ts [--dist dist] [--ssr .snapshot/render-snapshot.js] [--as-of YYYY-MM-DD]
//
// On any problem it prints file: message, leaves index.html as it was and exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DATASET_PATH } from '../src/domain/dataset-schema';
import { dateToIso, isIsoDate } from '../src/domain/period';
import type { Snapshot } from '../src/app/snapshot';
import type { Result } from '../src/domain/types';
import { firstScreenFont, fontSlices } from './lib/first-screen-font';
import { readDatasetFiles } from './lib/read-dataset';
import { placeholderFont, placeholderScript, wideCjkCodePoints } from './lib/placeholder-font';
import { injectSnapshot, inlineStylesheets, STARTER, STARTER_FILE } from './lib/snapshot-html';
import { writeFileAtomic } from './lib/write-atomic';

interface SnapshotModule {
  renderSnapshot: (json: unknown, today: string, parts?: readonly unknown[]) => Result<Snapshot>;
}

/** Today's local date, as the app counts it (YYYY-MM-DD). */
export function localToday(): string {
  return dateToIso(new Date());
}

/** The bundled CJK font's package: its stylesheet and its files. */
const FONTSOURCE = 'node_modules/@fontsource/noto-sans-sc';

function fail(message: string): never {
  console.error(`prerender: ${message}`);
  process.exit(1);
}

/**
 * Besides index.html, every text the page can show before the bundled CJK font arrives: the app's scripts
 * (its words in both languages) and the dataset's names, units, titles and quotes. Not the documents' full
 * text, which only a provenance panel shows: its thousands of characters would multiply the placeholder
 * font's size.
 */
function pageTexts(dist: string, json: unknown, parts: readonly unknown[]): string[] {
  const scripts = readdirSync(`${dist}/assets`)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(`${dist}/assets/${f}`, 'utf8'));
  const withoutDocumentText = (data: unknown) =>
    JSON.stringify(data, (key, value: unknown) =>
      key === 'documents' && Array.isArray(value)
        ? value.map((d: Record<string, unknown>) => ({ ...d, text: undefined }))
        : value,
    );
  return [...scripts, ...[json, ...parts].map(withoutDocumentText)];
}

export async function prerender(dist: string, ssr: string, asOf: string): Promise<string> {
  const indexPath = `${dist}/index.html`;
  const dataPath = `${dist}/data/indicators.json`;
  let index: string, json: unknown, parts: unknown[];
  try {
    index = readFileSync(indexPath, 'utf8');
  } catch (e) {
    fail(`${indexPath}: cannot read (${(e as Error).message}) — run vite build first`);
  }
  try {
    ({ index: json, parts } = readDatasetFiles(dataPath));
  } catch (e) {
    fail(`${dataPath}: ${(e as Error).message}`);
  }
  let mod: SnapshotModule;
  try {
    mod = (await import(pathToFileURL(resolve(ssr)).href)) as SnapshotModule;
  } catch (e) {
    fail(`${ssr}: cannot load the server build (${(e as Error).message}) — run vite build --ssr first`);
  }
  const snap = mod.renderSnapshot(json, asOf, parts);
  if (!snap.ok) fail(`${dataPath}: ${snap.error}`);
  // The dataset worker Vite built (assets/dataset-worker-<hash>.js), for the starter to start early.
  const workers = readdirSync(`${dist}/assets`).filter((f) => /^dataset-worker-[\w-]+\.js$/.test(f));
  if (workers.length > 1)
    fail(`${dist}/assets: ${workers.length} dataset workers (${workers.join(', ')}), expected one`);
  const early = workers[0] ? { worker: `./assets/${workers[0]}`, dataset: `./${DATASET_PATH}` } : undefined;
  const fontScript = placeholderScript(
    placeholderFont(wideCjkCodePoints([index, ...pageTexts(dist, json, parts)])),
  );
  const firstFont = await firstScreenFont(
    snap.value.html,
    fontSlices(readFileSync(`${FONTSOURCE}/400.css`, 'utf8')),
    (f) => readFileSync(`${FONTSOURCE}/files/${f}`),
  );
  const withSnapshot = injectSnapshot(index, snap.value, { early, fontScript, fontCss: firstFont.css });
  if (!withSnapshot.ok) fail(`${indexPath}: ${withSnapshot.error}`);
  const page = inlineStylesheets(withSnapshot.value, (href) => readFileSync(`${dist}/${href}`, 'utf8'));
  if (!page.ok) fail(`${indexPath}: cannot inline a stylesheet: ${page.error}`);
  // The starter and the font files first: the page refers to them.
  writeFileAtomic(`${dist}/${STARTER_FILE}`, STARTER);
  for (const file of firstFont.files) writeFileAtomic(`${dist}/${file.path}`, file.bytes);
  writeFileAtomic(indexPath, page.value);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  return (
    `snapshot: ${snap.value.panels} panels as of ${asOf}, true until ${snap.value.validUntil ?? 'any later date'} ` +
    `(exclusive); index.html ${kb(page.value.length)} raw, ${kb(gzipSync(page.value).length)} gzip`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      ssr: { type: 'string', default: '.snapshot/render-snapshot.js' },
      'as-of': { type: 'string', default: localToday() },
    },
  });
  if (!isIsoDate(values['as-of'])) fail(`--as-of ${values['as-of']}: expected YYYY-MM-DD`);
  console.log(await prerender(values.dist, values.ssr, values['as-of']));
}
