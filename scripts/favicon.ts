// The page's icon as a 32×32 PNG, drawn from public/favicon.svg (the source; edit that, then run this).
// A PNG, not the SVG itself: the browser builds a whole SVG document on the page's main thread to draw an
// SVG icon, a task of about 10–15 ms here (30–60 with the CPU four times slower) in the middle of loading;
// a PNG has none (traces, 2026-11-22). tests/scripts/favicon.test.ts fails when the PNG is not the SVG's
// drawing.
//
//   tsx scripts/favicon.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { writeFileAtomic } from './lib/write-atomic';

export const FAVICON_SVG = 'public/favicon.svg';
export const FAVICON_PNG = 'public/favicon.png';
export const FAVICON_SIZE = 32;

/** The PNG drawing of the icon's SVG source. */
export function faviconPng(svg: Buffer | string): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: FAVICON_SIZE } }).render().asPng();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const png = faviconPng(readFileSync(FAVICON_SVG));
  writeFileAtomic(FAVICON_PNG, png);
  console.log(`${FAVICON_PNG}: ${png.length} bytes, ${FAVICON_SIZE}×${FAVICON_SIZE}`);
}
