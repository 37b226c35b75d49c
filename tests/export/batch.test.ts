import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { buildPptx, buildZip, isAbort, type ChartRenderer, type ExportItem } from '../../src/export/batch';
import { exportChart } from '../../src/export/export-option';
import { filterText } from '../../src/export/filter-text';
import { asOfText } from '../../src/export/source-line';
import { chartDecoration } from '../../src/export/source-line';
import { makeSmallDataset } from '../support/small-dataset';

const dataset = makeSmallDataset();
const asOf = new Date(2025, 5, 30);
// The smallest valid PNG (1×1, white).
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const items: ExportItem[] = dataset.indicators.map((indicator) => {
  const progress = computeProgress(indicator, asOf);
  const d = chartDecoration(indicator, progress, dataset, 'zh-CN', asOf);
  return {
    id: indicator.id,
    title: d.title,
    sourceLine: d.sourceLine,
    chart: exportChart({ indicator, progress, dataset, locale: 'zh-CN', asOf }),
  };
});

const render: ChartRenderer = {
  png: async () => PNG,
  svg: async (chart) =>
    `<svg xmlns="http://www.w3.org/2000/svg"><text>${chart.text.slice(0, 10)}</text></svg>`,
};

describe('buildZip', () => {
  it('holds a PNG and an SVG per panel plus extra files, and reports progress', async () => {
    const progress: [number, number][] = [];
    const zip = await buildZip(items, render, {
      onProgress: (d, t) => progress.push([d, t]),
      extraFiles: { 'index.csv': new TextEncoder().encode('\uFEFFa\r\n') },
    });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      [...items.flatMap((i) => [`${i.id}.png`, `${i.id}.svg`]), 'index.csv'].sort(),
    );
    expect(files['cq-loans.png']).toEqual(PNG);
    expect(strFromU8(files['cq-loans.svg']!)).toMatch(/^<svg/);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5].map((d) => [d, 5]));
  });

  it('never overwrites: repeated ids get a suffix', async () => {
    const zip = await buildZip([items[0]!, items[0]!], render, { formats: ['svg'] });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['cq-loans-2.svg', 'cq-loans.svg']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const promise = buildZip(items, render, {
      signal: controller.signal,
      onProgress: (done) => done === 2 && controller.abort(),
    });
    await expect(promise).rejects.toSatisfy(isAbort);
  });
});

describe('buildPptx', () => {
  const cover = {
    title: '科技金融指标',
    filterText: '地区：重庆市',
    asOfText: '评估日期：2025年6月30日',
    countText: '共 3 项指标',
  };
  const slideXml = (files: Record<string, Uint8Array>, n: number) =>
    strFromU8(files[`ppt/slides/slide${n}.xml`]!);
  const texts = (xml: string) => Array.from(xml.matchAll(/<a:t>([^<]*)<\/a:t>/g), (m) => m[1]);

  it('has a cover and one slide per panel, each with its title, image and source line', async () => {
    const files = unzipSync(await buildPptx(items.slice(0, 3), render.png, cover));
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(4);
    expect(texts(slideXml(files, 1))).toEqual([
      '科技金融指标',
      '地区：重庆市',
      '评估日期：2025年6月30日',
      '共 3 项指标',
    ]);
    for (const [i, item] of items.slice(0, 3).entries())
      expect(texts(slideXml(files, i + 2))).toEqual([item.title, item.sourceLine]);
    expect(texts(slideXml(files, 2))[1]).toContain('来源：《重庆高新区金融发展“十四五”规划》');
    const media = Object.keys(files).filter((f) => f.startsWith('ppt/media/'));
    expect(media.sort()).toEqual(['ppt/media/image1.png', 'ppt/media/image2.png', 'ppt/media/image3.png']);
    for (const name of media) expect(files[name]).toEqual(PNG);
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:title>科技金融指标</dc:title>');
  });

  it('sets the cover in 36 pt bold and 18 pt grey lines, one paragraph each; without a count, two lines', async () => {
    const files = unzipSync(await buildPptx([], render.png, { ...cover, countText: undefined }));
    const xml = slideXml(files, 1);
    expect(xml.match(/<a:p>/g)).toHaveLength(3);
    expect(texts(xml)).toEqual(['科技金融指标', '地区：重庆市', '评估日期：2025年6月30日']);
    expect(xml.match(/sz="\d+"( b="1")?/g)).toEqual(['sz="3600" b="1"', 'sz="1800"', 'sz="1800"']);
    expect(xml.match(/srgbClr val="\w+"/g)).toEqual([
      'srgbClr val="000000"',
      'srgbClr val="4B5563"',
      'srgbClr val="4B5563"',
    ]);
    expect(xml.match(/anchor="\w+"/g)).toEqual(['anchor="ctr"', 'anchor="t"']);
  });

  it('places the chart at the margin below the title, full width, its aspect kept', async () => {
    const item = items[0]!;
    const files = unzipSync(await buildPptx([item], render.png, cover));
    const pic = /<p:pic>.*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(
      slideXml(files, 2),
    );
    const [x, y, cx, cy] = pic!.slice(1).map(Number);
    expect([x, y]).toEqual([457200, 1097280]); // 0.5 in, 1.2 in
    const full = Math.round((13.333 - 1) * 914400);
    const expectedH = Math.min((12.333 * item.chart.height) / item.chart.width, 7.5 - 2.4);
    expect(cy).toBe(Math.round(expectedH * 914400));
    expect(cx).toBeLessThanOrEqual(full);
    expect(cx! / cy!).toBeCloseTo(item.chart.width / item.chart.height, 4);
  });

  it('reports progress after each panel', async () => {
    const progress: [number, number][] = [];
    await buildPptx(items.slice(0, 3), render.png, cover, { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildPptx(
        items,
        render.png,
        { title: 't', filterText: '', asOfText: '' },
        { signal: controller.signal },
      ),
    ).rejects.toSatisfy(isAbort);
  });

  it('stops between panels when cancelled midway, rendering no further', async () => {
    const controller = new AbortController();
    let rendered = 0;
    const promise = buildPptx(
      items,
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
});

describe('filterText', () => {
  it.each([
    [{}, 'zh-CN', '全部指标'],
    [{}, 'en', 'All indicators'],
    [
      { region: ['chongqing', 'cq-hitech'], status: ['on-track'] },
      'zh-CN',
      '地区：重庆市、重庆高新区；状态：按计划推进',
    ],
    [{ topic: ['credit'], q: ' 贷款 ' }, 'en', 'Topic: Tech credit; Search: "贷款"'],
    [{ doc: ['cq-plan'] }, 'zh-CN', '文件：《重庆高新区金融发展“十四五”规划》'],
  ] as const)('%j (%s)', (partial, locale, expected) => {
    const filters = { region: [], topic: [], doc: [], status: [], q: '', ...partial };
    expect(filterText(filters, dataset, locale)).toBe(expected);
  });

  it('states the as-of date', () => {
    expect(asOfText('2025-06-30', 'zh-CN')).toBe('评估日期：2025年6月30日');
    expect(asOfText('2025-06-30', 'en')).toBe('As of 30 Jun 2025');
  });
});
