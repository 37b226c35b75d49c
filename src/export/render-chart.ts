// Browser export of one chart: SVG through ECharts' SSR string renderer (the print layout places its output
// inline); PNG by drawing that SVG, 2× or 3× its size, on a white canvas, as `npm run export` rasterises the
// same SVG with resvg. So ECharts' canvas renderer need not ship. Chinese needs the bundled Noto Sans SC:
// its CSS is loaded here, on the first export only (ECharts measures the text in it), and the SVG draws its
// text as outlines of that font's glyphs, read from the WOFF files of the slices the text needs.
import type { ExportChart } from './export-option';
import { ensureExportFont } from './export-font';
import { renderSvgString } from './svg-string';
import { withPixelRatio } from './png-phys';
import { glyphLookup, slicesFor, type FontSlice, type LoadedSlice } from './glyph-source';
import { readOutlineFont } from './outline-font';
import { parseUnicodeRange, svgTextByWeight } from './svg-fonts';
import { outlineSvgText, type GlyphLookup } from './svg-outline';

/** The chart's SVG, its text drawn as outlines of the bundled font: it needs no font wherever it is opened. */
export async function renderSvg(chart: ExportChart): Promise<string> {
  await ensureExportFont(chart.text);
  const svg = renderSvgString(chart);
  return outlineSvgText(svg, await pageGlyphs(svgTextByWeight(svg)), chart.label);
}

/** The bundled font's slices as this page's @font-face rules name them (loaded by ensureExportFont). */
function pageFontSlices(): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (!rule.style.getPropertyValue('font-family').includes('Noto Sans SC')) continue;
      const woff = /url\(["']?([^"')]+\.woff)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!woff) continue;
      slices.push({
        weight: Number(rule.style.getPropertyValue('font-weight')) || 400,
        ranges: parseUnicodeRange(rule.style.getPropertyValue('unicode-range')),
        woff: new URL(woff, sheet.href ?? document.baseURI).href,
      });
    }
  }
  return slices;
}

const fontFiles = new Map<string, Promise<LoadedSlice | null>>();

/**
 * Glyphs for the text: the WOFF files of the slices it needs, fetched from our origin once per page and
 * parsed. A slice that fails to load leaves its characters as text (drawn with whatever font the viewer has).
 */
async function pageGlyphs(text: { regular: string; bold: string }): Promise<GlyphLookup> {
  const loaded = await Promise.all(
    slicesFor(pageFontSlices(), text).map((slice) => {
      let file = fontFiles.get(slice.woff);
      if (!file) {
        file = fetch(slice.woff).then(
          async (r) =>
            r.ok ? { ...slice, font: readOutlineFont(new Uint8Array(await r.arrayBuffer())) } : null,
          () => null,
        );
        fontFiles.set(slice.woff, file);
      }
      return file;
    }),
  );
  return glyphLookup(loaded.filter((s): s is LoadedSlice => s !== null));
}

/** The SVG drawn `factor` times its size: its root's width and height scaled, its viewBox kept (or added). */
export function scaleSvg(svg: string, factor: number): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) => {
    const width = /\swidth="([\d.]+)"/.exec(root)?.[1];
    const height = /\sheight="([\d.]+)"/.exec(root)?.[1];
    if (width === undefined || height === undefined) return root;
    const viewBox = /\sviewBox=/.test(root) ? '' : ` viewBox="0 0 ${width} ${height}"`;
    return root
      .replace(/\swidth="[\d.]+"/, ` width="${Number(width) * factor}"`)
      .replace(/\sheight="[\d.]+"/, ` height="${Number(height) * factor}"${viewBox}`);
  });
}

/** The chart on a canvas `pixelRatio` times its size, on white: its export SVG (text as outlines) drawn as an image. */
async function drawOnCanvas(chart: ExportChart, pixelRatio: number): Promise<HTMLCanvasElement> {
  const svg = scaleSvg(await renderSvg(chart), pixelRatio);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    // The load event, not decode(): with a font inside the SVG, Chromium resolved decode() before the font
    // was ready. The SVG now has no font to wait for, but its load event is the sure sign it is drawable.
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.width * pixelRatio);
    canvas.height = Math.round(chart.height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas to draw the chart on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface PngOptions {
  /** 2 or 3: a 1200 px chart becomes 2400 or 3600 px wide. */
  pixelRatio?: 2 | 3;
}

/** PNG bytes of the chart, drawn off-screen on white, with its pixel ratio as its DPI (png-phys.ts). */
export async function renderPng(
  chart: ExportChart,
  { pixelRatio = 2 }: PngOptions = {},
): Promise<Uint8Array> {
  const canvas = await drawOnCanvas(chart, pixelRatio);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return withPixelRatio(new Uint8Array(await blob.arrayBuffer()), pixelRatio);
}
