// The deck as a slide program reads it: the PPTX unzipped, each slide's texts and picture read from its XML.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { isAbort } from '../../src/export/names';
import type { ExportChart } from '../../src/export/export-option';
import { buildPptx, slideChartOf, type SlideInput, type SlidePng } from '../../src/export/pptx-deck';
import { slideFacts } from '../../src/export/slide-facts';
import { CHART_BOX } from '../../src/export/slide-layout';
import { chartDecoration } from '../../src/export/source-line';
import { makeSmallDataset } from '../support/small-dataset';

const dataset = makeSmallDataset();
const asOf = new Date(2025, 5, 30);
// The smallest valid PNG (1×1, white).
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const inputs: SlideInput[] = dataset.indicators.map((indicator) => ({
  indicator,
  progress: computeProgress(indicator, asOf),
  dataset,
  locale: 'zh-CN',
  asOf,
}));
const cover = {
  title: '科技金融指标',
  filterText: '地区：重庆市',
  asOfText: '评估日期：2025年6月30日',
  countText: '共 3 项指标',
};
const png: SlidePng = async () => PNG;
const EMU = 914400;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function deck(list = inputs, render = png, options = {}) {
  const files = unzipSync(await buildPptx(list, render, cover, options));
  const slide = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
  const texts = (n: number) => Array.from(slide(n).matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) => unescape(m[1]!));
  const shapes = (n: number) =>
    Array.from(
      slide(n).matchAll(
        /<p:cNvPr id="\d+" name="([^"]*)"[^>]*>.*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g,
      ),
      (m) => ({ name: m[1]!, x: +m[2]!, y: +m[3]!, w: +m[4]!, h: +m[5]! }),
    );
  const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  return { files, slide, texts, shapes, slides };
}

describe('buildPptx', () => {
  it('has a cover and one slide per panel', async () => {
    const d = await deck(inputs.slice(0, 3));
    expect(d.slides).toBe(4);
    expect(d.texts(1)).toEqual(['科技金融指标', '地区：重庆市', '评估日期：2025年6月30日', '共 3 项指标']);
    expect(strFromU8(d.files['docProps/core.xml']!)).toContain('<dc:title>科技金融指标</dc:title>');
    // 16:9 wide, 13.333 × 7.5 in.
    expect(strFromU8(d.files['ppt/presentation.xml']!)).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('says each fact once on its slide: title, subtitle, status, the four figures and the source line', async () => {
    const d = await deck();
    for (const [i, input] of inputs.entries()) {
      const { indicator, progress } = input;
      const decoration = chartDecoration(indicator, progress, dataset, 'zh-CN', asOf);
      const facts = slideFacts(indicator, progress, 'zh-CN');
      const texts = d.texts(i + 2);
      const count = (s: string) => texts.join('\n').split(s).length - 1;
      expect(count(decoration.title), indicator.id).toBe(1);
      expect(count('来源：'), indicator.id).toBe(1);
      expect(count('状态：'), indicator.id).toBe(1);
      expect(texts).toEqual([
        decoration.title,
        decoration.subtitle,
        facts.status,
        ...facts.facts.flatMap((f) => [f.label, f.value]),
        decoration.sourceLine,
      ]);
    }
  });

  it('draws each chart for its box on the slide, bare, and places its picture there with alt text', async () => {
    const charts: { chart: ExportChart; ratio: number }[] = [];
    const d = await deck(inputs.slice(0, 2), async (chart, ratio) => {
      charts.push({ chart, ratio });
      return PNG;
    });
    expect(charts.map((c) => c.ratio)).toEqual([2, 2]);
    for (const { chart } of charts) {
      expect([chart.width, chart.height]).toEqual([
        Math.round(CHART_BOX.w * 72),
        Math.round(CHART_BOX.h * 72),
      ]);
      expect(JSON.stringify(chart.option)).not.toContain('来源');
    }
    const picture = d.shapes(2).find((s) => s.name === 'chart')!;
    expect(picture).toEqual({
      name: 'chart',
      x: Math.round(CHART_BOX.x * EMU),
      y: Math.round(CHART_BOX.y * EMU),
      w: Math.round(CHART_BOX.w * EMU),
      h: Math.round(CHART_BOX.h * EMU),
    });
    expect(d.slide(2)).toContain(`descr="${'重庆市 · 科技型企业贷款余额'}"`);
    const media = Object.keys(d.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(2);
    for (const name of media) expect(d.files[name]).toEqual(PNG);
  });

  it('writes each text at its fitted size, exactly spaced, in the Chinese UI as zh-CN', async () => {
    const d = await deck(inputs.slice(0, 1));
    const xml = d.slide(2);
    expect(xml).toMatch(
      /name="title".*?<a:lnSpc><a:spcPts val="3640"\/><\/a:lnSpc>.*?lang="zh-CN"[^>]* sz="2800" b="1"/,
    );
    expect(xml.match(/<a:bodyPr[^>]*lIns="0"/g)).toHaveLength(12);
  });

  it('makes the font ready for every chart’s text at once, before drawing the first', async () => {
    const calls: string[] = [];
    await deck(inputs.slice(0, 3), async (chart) => (calls.push(`draw ${chart.text.length}`), PNG), {
      loadFont: async (text: string) => calls.push(`font ${text}`),
    });
    const texts = inputs.slice(0, 3).map((i) => slideChartOf(i).text);
    expect(calls).toEqual([`font ${texts.join('')}`, ...texts.map((t) => `draw ${t.length}`)]);
    expect(texts[0]).toContain('基线');
  });

  it('asks for 3× pictures when told', async () => {
    const ratios: number[] = [];
    await deck(inputs.slice(0, 1), async (_c, ratio) => (ratios.push(ratio), PNG), { pixelRatio: 3 });
    expect(ratios).toEqual([3]);
  });

  it('reports progress after each panel', async () => {
    const progress: [number, number][] = [];
    await deck(inputs.slice(0, 3), png, { onProgress: (d: number, t: number) => progress.push([d, t]) });
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('stops when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(buildPptx(inputs, png, cover, { signal: controller.signal })).rejects.toSatisfy(isAbort);
  });

  it('stops between panels when cancelled midway, rendering no further', async () => {
    const controller = new AbortController();
    let rendered = 0;
    const promise = buildPptx(
      inputs,
      async () => {
        rendered++;
        return PNG;
      },
      cover,
      { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() },
    );
    await expect(promise).rejects.toSatisfy(isAbort);
    expect(rendered).toBe(2);
  });

  it('the slide chart is the panel’s chart for the slide box', () => {
    const chart = slideChartOf(inputs[0]!);
    expect(chart.width).toBe(888);
    expect(chart.height).toBe(191);
  });
});
