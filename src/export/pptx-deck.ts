// The PPTX deck, written with pptxgenjs: a cover, then one slide per panel — its title, unit and period, the
// chart drawn for its box on the slide, the status and the key figures as editable text, and the source
// line, each once (slide-layout.ts places them). What the PPTX button loads on its click, pptxgenjs with it
// (ACTIONS in scripts/lib/bundle.ts). The chart's renderer is passed in, so this runs without a browser.
import PptxGenJS from 'pptxgenjs';
import { nextTask, throwIfAborted, type BatchOptions } from './batch-steps';
import { slideChart, type ExportChart, type ExportChartInput } from './export-option';
import { slideFacts } from './slide-facts';
import { chartDecoration } from './source-line';
import { CHART_BOX, chartSlideLayout, coverLayout, type CoverText, type SlideText } from './slide-layout';

export type { CoverText } from './slide-layout';

/** One panel of the deck: what its chart and texts are made from. */
export type SlideInput = Omit<ExportChartInput, 'width'>;

/** A chart drawn as PNG at `pixelRatio` times its size (render-chart.ts renderPng in the browser). */
export type SlidePng = (chart: ExportChart, pixelRatio: 2 | 3) => Promise<Uint8Array>;

export interface DeckOptions extends BatchOptions {
  /** 2 (default): the chart's 888 pt become 1,776 px, a full-HD projector's own resolution. */
  pixelRatio?: 2 | 3;
  /**
   * Make the font ready for all the charts' text at once, before the first is drawn (the browser then fetches
   * the subsets together rather than chart by chart).
   */
  loadFont?: (text: string) => Promise<unknown>;
}

const FONT_FACE = 'Microsoft YaHei';
const POINTS_PER_INCH = 72;

function base64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function addText(slide: PptxGenJS.Slide, box: SlideText, lang: string): void {
  slide.addText(box.text, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    objectName: box.name,
    fontFace: FONT_FACE,
    fontSize: box.size,
    lineSpacing: box.lineSpacing,
    bold: box.bold,
    color: box.color,
    valign: box.valign,
    align: 'left',
    margin: 0,
    paraSpaceBefore: 0,
    paraSpaceAfter: 0,
    // Sized to fit already (slide-text.ts). No "shrink on overflow": Impress would apply it when it draws and
    // PowerPoint only once the text is edited, so the same file would look different in each.
    lang,
  });
}

/** The chart of one panel, drawn for the slide's chart box: one px a point. */
export function slideChartOf(input: SlideInput): ExportChart {
  return slideChart(input, {
    width: CHART_BOX.w * POINTS_PER_INCH,
    height: CHART_BOX.h * POINTS_PER_INCH,
  });
}

/** A PPTX: a cover slide, then one slide per panel. */
export async function buildPptx(
  inputs: readonly SlideInput[],
  renderPng: SlidePng,
  cover: CoverText,
  options: DeckOptions = {},
): Promise<Uint8Array> {
  const { onProgress, signal, pixelRatio = 2, loadFont } = options;
  throwIfAborted(signal);
  const charts = inputs.map(slideChartOf);
  await loadFont?.(charts.map((c) => c.text).join(''));
  throwIfAborted(signal);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = cover.title;
  const lang = inputs[0]?.locale === 'en' ? 'en-US' : 'zh-CN';
  const first = pptx.addSlide();
  for (const box of coverLayout(cover)) addText(first, box, lang);

  onProgress?.(0, inputs.length);
  for (const [i, input] of inputs.entries()) {
    throwIfAborted(signal);
    const { indicator, progress, dataset, locale, asOf, extra = [] } = input;
    const decoration = chartDecoration(indicator, progress, dataset, locale, asOf, extra);
    const layout = chartSlideLayout({
      title: decoration.title,
      subtitle: decoration.subtitle,
      sourceLine: decoration.sourceLine,
      facts: slideFacts(indicator, progress, locale),
    });
    const png = await renderPng(charts[i]!, pixelRatio);
    const slide = pptx.addSlide();
    for (const box of layout.texts) addText(slide, box, locale === 'en' ? 'en-US' : 'zh-CN');
    slide.addImage({
      data: `image/png;base64,${base64(png)}`,
      ...layout.chart,
      altText: decoration.title,
      objectName: 'chart',
    });
    onProgress?.(i + 1, inputs.length);
    await nextTask();
  }
  throwIfAborted(signal);
  // PNGs are compressed already; the XML is small: stored, the file is written at once.
  return (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
}
