// The bundled Noto Sans SC for exports: its @font-face rules load on the first export, and the subsets a
// chart's text needs are downloaded before the chart is drawn (ECharts measures text in it; the canvas and the
// outlines draw with it). Apart from render-chart so that what needs only the font (the PPTX deck's canvas, the
// exporter's loadFont) does not load the outliner and its font reader.
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
