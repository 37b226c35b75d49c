import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { buildZip, isAbort, type ChartRenderer, type ExportItem } from '../../src/export/batch';
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
