// Every chart slide of the real dataset, in both languages and with 60-character titles: each text fits its
// box at the size chosen for it, no box leaves the slide, and no two boxes (nor a box and the chart) overlap.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Indicator } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { slideFacts } from '../../src/export/slide-facts';
import {
  CHART_BOX,
  chartSlideLayout,
  coverLayout,
  SLIDE,
  type Box,
  type SlideText,
} from '../../src/export/slide-layout';
import { LINE_SPACING, wrapText } from '../../src/export/slide-text';
import { chartDecoration } from '../../src/export/source-line';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')));
const asOf = new Date(2025, 5, 30);
const LONG_NAME = {
  zh: '科技型企业知识价值信用贷款余额及其占全部科技型企业贷款余额的比重合计按季度统计的结果数值汇总与分析说明附表一览',
  en: 'Knowledge-value credit loans to tech firms as a share of all tech loans, quarterly',
};

function layoutOf(indicator: Indicator, locale: 'zh-CN' | 'en') {
  const progress = computeProgress(indicator, asOf);
  const d = chartDecoration(indicator, progress, dataset, locale, asOf);
  return chartSlideLayout({
    title: d.title,
    subtitle: d.subtitle,
    sourceLine: d.sourceLine,
    facts: slideFacts(indicator, progress, locale),
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;

function expectFitted(texts: readonly SlideText[], where: string) {
  for (const t of texts) {
    const lines = wrapText(t.text, t.w * 72, t.size).length;
    expect(lines, `${where} ${t.name}`).toBe(t.lines);
    expect(lines * t.size * LINE_SPACING, `${where} ${t.name}: ${t.text}`).toBeLessThanOrEqual(t.h * 72);
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.y).toBeGreaterThanOrEqual(0);
    expect(t.x + t.w).toBeLessThanOrEqual(SLIDE.w);
    expect(t.y + t.h).toBeLessThanOrEqual(SLIDE.h);
  }
  for (const [i, a] of texts.entries())
    for (const b of texts.slice(i + 1)) expect(overlap(a, b), `${where} ${a.name} / ${b.name}`).toBe(false);
}

describe('chartSlideLayout', () => {
  const cases = dataset.indicators.flatMap((indicator) =>
    (['zh-CN', 'en'] as const).flatMap((locale) => [
      { indicator, locale, where: `${indicator.id} ${locale}` },
      {
        indicator: { ...indicator, name: LONG_NAME },
        locale,
        where: `${indicator.id} ${locale} (long name)`,
      },
    ]),
  );

  it('lays out every panel of the real dataset, long names too, with every text fitted and nothing overlapping', () => {
    expect(cases.length).toBe(dataset.indicators.length * 4);
    for (const { indicator, locale, where } of cases) {
      const layout = layoutOf(indicator, locale);
      expectFitted(layout.texts, where);
      for (const t of layout.texts) expect(overlap(t, layout.chart), `${where} ${t.name}`).toBe(false);
      // Long texts are shrunk, never cut, within what the data holds.
      for (const t of layout.texts) expect(t.text.endsWith('…'), `${where} ${t.name}`).toBe(false);
    }
  });

  it('keeps the 60-character title whole: two lines at a smaller size', () => {
    const layout = layoutOf({ ...dataset.indicators[0]!, name: LONG_NAME }, 'zh-CN');
    const title = layout.texts.find((t) => t.name === 'title')!;
    expect([...title.text].length).toBeGreaterThanOrEqual(60);
    expect(title.text).toContain(LONG_NAME.zh);
    expect(title.lines).toBe(2);
    expect(title.size).toBeLessThan(28);
    expect(title.size).toBeGreaterThanOrEqual(18);
  });

  it('has one title, one subtitle, one status, one source and the four figures with their labels', () => {
    const names = layoutOf(dataset.indicators[0]!, 'zh-CN').texts.map((t) => t.name);
    expect(names.sort()).toEqual(
      [
        'title',
        'subtitle',
        'status',
        'source',
        ...['baseline', 'latest', 'target', 'gap'].flatMap((k) => [k, `${k}-label`]),
      ].sort(),
    );
  });

  it('gives the chart the full width between the subtitle and the status, and every text 10 pt or more', () => {
    const layout = layoutOf(dataset.indicators[0]!, 'zh-CN');
    expect(layout.chart).toEqual(CHART_BOX);
    expect(CHART_BOX.w).toBeCloseTo(SLIDE.w - 1, 3);
    const byName = new Map(layout.texts.map((t) => [t.name, t]));
    expect(CHART_BOX.y).toBeGreaterThanOrEqual(byName.get('subtitle')!.y + byName.get('subtitle')!.h);
    expect(CHART_BOX.y + CHART_BOX.h).toBeLessThanOrEqual(byName.get('status')!.y);
    for (const t of layout.texts) expect(t.size).toBeGreaterThanOrEqual(t.name === 'source' ? 10 : 12);
  });
});

describe('coverLayout', () => {
  it('states the title, the filter, the as-of date and the count, one after another', () => {
    const texts = coverLayout({
      title: '科技金融指标看板',
      filterText: '地区：重庆市',
      asOfText: '评估日期：2025年6月30日',
      countText: '共 58 项指标',
    });
    expect(texts.map((t) => t.text)).toEqual([
      '科技金融指标看板',
      '地区：重庆市',
      '评估日期：2025年6月30日',
      '共 58 项指标',
    ]);
    expect(texts.map((t) => t.size)).toEqual([36, 18, 18, 18]);
    expect(texts[0]!.bold).toBe(true);
    expectFitted(texts, 'cover');
    for (const [a, b] of [texts.slice(1, 3), texts.slice(2, 4)] as const) expect(b!.y).toBeGreaterThan(a!.y);
  });

  it('fits a long filter and moves the lines below it down; without a count, three texts', () => {
    const filterText = Array.from({ length: 12 }, (_, i) => `地区：重庆市、重庆高新区、上海${i}`).join('；');
    const texts = coverLayout({ title: '科技金融指标看板', filterText, asOfText: '评估日期：2025年6月30日' });
    expect(texts).toHaveLength(3);
    expect(texts[1]!.lines).toBeGreaterThan(1);
    expect(texts[1]!.text).toBe(filterText);
    expectFitted(texts, 'cover');
  });
});
