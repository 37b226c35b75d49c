// Exported SVGs as their users open them, on a machine with no font at all: rsvg-convert (librsvg, what
// GNOME, Inkscape's importers and many report pipelines use) with fontconfig pointed at an empty folder, and
// chromium without a CJK font. The real dataset's charts (tests/golden), exported by `npm run export`'s code.
// Needs rsvg-convert (CI installs librsvg2-bin, .ci/run) and chromium; needs no built app.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../scripts/lib/export-cli';
import { launch } from '../../scripts/lib/browser';
import type { Dataset } from '../../src/domain/dataset-schema';

const GOLDEN = 'tests/golden/indicators.json';
const dataset = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Dataset;
// A short chart, the longest title and the longest source line (wrapped onto two lines), in both languages.
const byLength = (f: (i: Dataset['indicators'][number]) => number) =>
  [...dataset.indicators].sort((a, b) => f(b) - f(a))[0]!.id;
const CHARTS = [
  dataset.indicators[0]!.id,
  byLength((i) => i.name.zh.length),
  byLength((i) =>
    [...new Set(i.observations.map((o) => o.source.document))]
      .map((d) => dataset.documents.find((doc) => doc.id === d)?.title.length ?? 0)
      .reduce((a, b) => a + b, 0),
  ),
];

let dir = '';
let noFonts = '';
let browser: Browser;
let page: Page;

/** rsvg-convert's PNG of an SVG file, with no font available to it. */
function rsvg(svgFile: string): Buffer {
  return execFileSync('rsvg-convert', [svgFile], {
    env: { ...process.env, FONTCONFIG_FILE: noFonts },
    maxBuffer: 64 << 20,
  });
}

interface Comparison {
  width: number;
  height: number;
  /** Share of pixels whose grey level differs by more than 64 of 255 between the two renderings. */
  differing: number;
  /** Dark pixels (grey < 160) in the box, in each rendering. */
  inkChromium: number;
  inkRsvg: number;
}

/** Chromium draws the SVG (as the app's PNG export does: an <img> on a canvas) and compares rsvg's PNG. */
async function compare(svg: string, png: Buffer, box: [number, number, number, number]): Promise<Comparison> {
  return page.evaluate(
    async ({ svg, png, box }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = () => reject(new Error(`cannot load ${src.slice(0, 40)}`));
          img.src = src;
        });
      const [a, b] = await Promise.all([
        load(`data:image/svg+xml;base64,${svg}`),
        load(`data:image/png;base64,${png}`),
      ]);
      const { naturalWidth: width, naturalHeight: height } = b;
      const grey = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, width, height);
        ctx.drawImage(img, 0, 0, width, height);
        const d = ctx.getImageData(0, 0, width, height).data;
        const out = new Float32Array(width * height);
        for (let i = 0; i < out.length; i++)
          out[i] = 0.3 * d[i * 4]! + 0.59 * d[i * 4 + 1]! + 0.11 * d[i * 4 + 2]!;
        return out;
      };
      const ga = grey(a);
      const gb = grey(b);
      let differing = 0;
      for (let i = 0; i < ga.length; i++) if (Math.abs(ga[i]! - gb[i]!) > 64) differing++;
      const ink = (g: Float32Array) => {
        let n = 0;
        for (let y = box[1]; y < box[3]; y++)
          for (let x = box[0]; x < box[2]; x++) if (g[y * width + x]! < 160) n++;
        return n;
      };
      return { width, height, differing: differing / ga.length, inkChromium: ink(ga), inkRsvg: ink(gb) };
    },
    { svg: Buffer.from(svg).toString('base64'), png: png.toString('base64'), box },
  );
}

/** The title's outlines removed: the group drawn at the title's 18 px (ECharts' first title line). */
const withoutTitle = (svg: string) => svg.replace(/<g [^>]*scale\(0\.018 -0\.018\)">.*?<\/g>/, '');

// The title line's box: from the left edge (16) to 400 px, between the top of its 18 px glyphs and their feet.
const TITLE_BOX: [number, number, number, number] = [16, 14, 400, 40];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'svg-clients-'));
  const empty = join(dir, 'no-fonts');
  mkdirSync(empty);
  noFonts = join(dir, 'fonts.conf');
  writeFileSync(
    noFonts,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${empty}</dir>` +
      `<cachedir>${join(dir, 'cache')}</cachedir></fontconfig>`,
  );
  for (const [locale, out] of [
    ['zh-CN', 'zh'],
    ['en', 'en'],
  ] as const) {
    const r = runExport({
      out: join(dir, out),
      regions: [],
      formats: ['svg'],
      asOf: '2025-06-30',
      locale,
      data: GOLDEN,
      scale: 2,
    });
    if (!r.ok) throw new Error(r.error);
  }
  browser = await launch('no-cjk');
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['zh', 'en'])('exported SVGs (%s) in rsvg-convert with no font and in chromium', (lang) => {
  it.each(CHARTS)('%s: both draw the same picture, text included', async (id) => {
    const file = join(dir, lang, `${id}.svg`);
    const svg = readFileSync(file, 'utf8');
    const r = await compare(svg, rsvg(file), TITLE_BOX);
    expect(r.width).toBe(1200);
    // Tolerance: the two rasterisers (cairo in librsvg, Skia in chromium) antialias edges a little
    // differently, but on these outlines no pixel differed by more than a quarter of the grey scale
    // (measured 2026-12-07: 0 of 336,000 pixels, six charts). The SVGs that embedded the font as
    // @font-face, which rsvg-convert cannot use (it drew boxes or nothing), differed in 3.8–3.9 % of their
    // pixels. 0.5 % leaves room for a renderer's update and still fails on text that goes missing,
    // turns into boxes or moves.
    expect(r.differing).toBeLessThan(0.005);
    // The title is drawn, in both: its box has ink, and loses it all when the title's outlines are removed.
    expect(r.inkRsvg).toBeGreaterThan(400);
    expect(r.inkChromium).toBeGreaterThan(400);
    const bare = join(dir, lang, `${id}-untitled.svg`);
    writeFileSync(bare, withoutTitle(svg));
    const untitled = await compare(withoutTitle(svg), rsvg(bare), TITLE_BOX);
    expect([untitled.inkRsvg, untitled.inkChromium]).toEqual([0, 0]);
  });
});
