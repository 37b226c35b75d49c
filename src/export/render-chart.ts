// Browser export of one chart: SVG through ECharts' SSR string renderer, PNG through the canvas renderer
// off-screen at 2× or 3×, on white. Chinese needs the bundled Noto Sans SC: its CSS is loaded here, on
// the first export only, and every glyph drawn is fetched and ready before anything is drawn.
import type { ExportChart } from './export-option';
import { echarts } from '../charts/echarts-setup';
import { covers, embedFontFaces, parseUnicodeRange, svgTextByWeight, type EmbeddedFace } from './svg-fonts';

export const EXPORT_FONT = '"Noto Sans SC"';
const FONT_TIMEOUT_MS = 15_000;

let fontCss: Promise<unknown> | null = null;

/** Load the font's @font-face rules once (unicode-range subsets; nothing is downloaded yet). */
function loadFontCss(): Promise<unknown> {
  fontCss ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]);
  return fontCss;
}

/**
 * Make sure every character of `text` can be drawn in the bundled font, regular and bold: the browser
 * downloads just the subsets those characters fall in. Resolves (never rejects) after at most 15 s, so a
 * broken font never blocks an export; the system's CJK font is the fallback then.
 */
export async function ensureExportFont(text: string): Promise<boolean> {
  if (typeof document === 'undefined' || !('fonts' in document)) return false;
  const work = (async () => {
    await loadFontCss();
    const sample = [...new Set(text)].join('') || '来源';
    await Promise.all([
      document.fonts.load(`16px ${EXPORT_FONT}`, sample),
      document.fonts.load(`bold 16px ${EXPORT_FONT}`, sample),
    ]);
    await document.fonts.ready;
    return document.fonts.check(`16px ${EXPORT_FONT}`, sample);
  })();
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FONT_TIMEOUT_MS));
  return Promise.race([work.catch(() => false), timeout]);
}

export function renderSvgString(chart: ExportChart): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: chart.width,
    height: chart.height,
  });
  try {
    instance.setOption(chart.option);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

export async function renderSvg(chart: ExportChart): Promise<string> {
  await ensureExportFont(chart.text);
  const svg = renderSvgString(chart);
  return embedFontFaces(svg, await pageFontFaces(svgTextByWeight(svg)));
}

const fontFiles = new Map<string, Promise<Uint8Array | null>>();

/**
 * The bundled font's subsets that the text needs, taken from this page's own @font-face rules (loaded by
 * ensureExportFont) and fetched from our origin, so the SVG can carry them.
 */
async function pageFontFaces(text: { regular: string; bold: string }): Promise<EmbeddedFace[]> {
  const wanted: { weight: number; unicodeRange: string; url: string }[] = [];
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
      const weight = Number(rule.style.getPropertyValue('font-weight')) || 400;
      const chars = weight >= 600 ? text.bold : text.regular;
      const unicodeRange = rule.style.getPropertyValue('unicode-range');
      if (!chars || !covers(parseUnicodeRange(unicodeRange), chars)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'));
      if (!src) continue;
      wanted.push({ weight, unicodeRange, url: new URL(src[1]!, sheet.href ?? document.baseURI).href });
    }
  }
  const faces = await Promise.all(
    wanted.map(async (w) => {
      let file = fontFiles.get(w.url);
      if (!file) {
        file = fetch(w.url).then(
          async (r) => (r.ok ? new Uint8Array(await r.arrayBuffer()) : null),
          () => null,
        );
        fontFiles.set(w.url, file);
      }
      const woff2 = await file;
      return woff2 ? { family: 'Noto Sans SC', weight: w.weight, unicodeRange: w.unicodeRange, woff2 } : null;
    }),
  );
  return faces.filter((f): f is EmbeddedFace => f !== null);
}

function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface PngOptions {
  /** 2 or 3: a 1200 px chart becomes 2400 or 3600 px wide. */
  pixelRatio?: 2 | 3;
}

/** PNG bytes of the chart, drawn off-screen (a detached element) on white. */
export async function renderPng(
  chart: ExportChart,
  { pixelRatio = 2 }: PngOptions = {},
): Promise<Uint8Array> {
  await ensureExportFont(chart.text);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${chart.width}px;height:${chart.height}px;`;
  host.setAttribute('aria-hidden', 'true');
  document.body.appendChild(host);
  const instance = echarts.init(host, null, {
    renderer: 'canvas',
    width: chart.width,
    height: chart.height,
    devicePixelRatio: pixelRatio,
  });
  try {
    instance.setOption(chart.option);
    const url = instance.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' });
    return dataUrlBytes(url);
  } finally {
    instance.dispose();
    host.remove();
  }
}

/**
 * Draw the chart into `host` with the canvas renderer (for the print layout) once the font is ready.
 * Returns the function that disposes of it.
 */
export async function mountChart(
  host: HTMLElement,
  chart: ExportChart,
  pixelRatio: 2 | 3 = 2,
): Promise<() => void> {
  await ensureExportFont(chart.text);
  const instance = echarts.init(host, null, {
    renderer: 'canvas',
    width: chart.width,
    height: chart.height,
    devicePixelRatio: pixelRatio,
  });
  instance.setOption(chart.option);
  return () => instance.dispose();
}
