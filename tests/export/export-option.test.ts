import { describe, expect, it } from 'vitest';
import { CHART_HEIGHTS } from '../../src/charts/chart-input';
import type { Dataset } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import {
  exportChart,
  optionFontSizes,
  setExportFont,
  SLIDE_CHART_MIN_PT,
  slideChart,
  textWidth,
  wrapSourceLine,
} from '../../src/export/export-option';
import { EXPORT_FONT_FAMILY, FONT_FAMILY } from '../../src/charts/chart-style';
import { makeSmallDataset } from '../support/small-dataset';
import { allStrings } from '../charts/fixtures';

const asOf = new Date(2025, 5, 30);

describe('wrapSourceLine', () => {
  const doc = (n: number) => `《${'很长的文件标题'.repeat(n)}》，某某办公室，2022年7月4日`;

  it('keeps a line that fits', () => {
    expect(wrapSourceLine(`来源：${doc(2)}`, 1168)).toEqual([`来源：${doc(2)}`]);
  });

  it('breaks between documents first', () => {
    const line = `来源：${doc(6)}；${doc(6)}；含用户导入数据`;
    const lines = wrapSourceLine(line, 1168);
    expect(lines).toEqual([`来源：${doc(6)}；`, `${doc(6)}；含用户导入数据`]);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(1168);
  });

  it('breaks inside a citation that is too long alone, losing no character', () => {
    const line = `来源：${doc(30)}`;
    const lines = wrapSourceLine(line, 600);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(line);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(600);
  });
});

describe('exportChart', () => {
  const dataset = makeSmallDataset();

  it('is at least 1200 px wide and carries the decoration', () => {
    const indicator = dataset.indicators[0]!;
    const chart = exportChart({
      indicator,
      progress: computeProgress(indicator, asOf),
      dataset,
      locale: 'zh-CN',
      asOf,
    });
    expect(chart.width).toBe(1200);
    expect(chart.height).toBe(CHART_HEIGHTS.progress.decorated);
    expect(allStrings(chart.option)).toContain('重庆市 · 科技型企业贷款余额');
    expect(chart.text).toContain('来源');
  });

  it('grows downwards for a source line listing several long documents', () => {
    const long: Dataset = {
      ...dataset,
      documents: dataset.documents.map((d) => ({ ...d, title: d.title.repeat(3) })),
    };
    const base = long.indicators[0]!;
    const indicator = {
      ...base,
      observations: [
        ...base.observations,
        {
          ...base.observations[0]!,
          period: '2022',
          source: { ...base.observations[0]!.source, document: 'yrd-plan' },
        },
      ],
    };
    const chart = exportChart({
      indicator,
      progress: computeProgress(indicator, asOf),
      dataset: long,
      locale: 'zh-CN',
      asOf,
    });
    expect(chart.height).toBeGreaterThan(CHART_HEIGHTS.progress.decorated);
    const source = allStrings(chart.option).find((s) => s.startsWith('来源：'))!;
    expect(source.split('\n').length).toBeGreaterThan(1);
    expect(source.replace(/\n/g, '')).toContain(long.documents[1]!.title);
  });

  it('draws every text of an exported chart in the bundled font first, in single quotes (valid in an SVG style attribute)', () => {
    const option = {
      textStyle: { fontFamily: "'PingFang SC', sans-serif" },
      series: [{ label: { fontFamily: '"A"' } }],
    };
    setExportFont(option);
    expect(option.textStyle.fontFamily).toBe(EXPORT_FONT_FAMILY);
    expect(option.series[0]!.label.fontFamily).toBe(EXPORT_FONT_FAMILY);
    expect(EXPORT_FONT_FAMILY.startsWith("'Noto Sans SC',")).toBe(true);
    expect(EXPORT_FONT_FAMILY).not.toContain('"');
    // On screen, a system CJK font comes first, so a machine with one downloads no font for the charts.
    expect(FONT_FAMILY.startsWith("'Noto Sans SC'")).toBe(false);
  });

  it('gives the exported option of a real panel only the export font', () => {
    const fonts = new Set<string>();
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if (k === 'fontFamily' && typeof x === 'string') fonts.add(x);
        else walk(x);
      }
    };
    const indicator = dataset.indicators[0]!;
    const input = {
      indicator,
      progress: computeProgress(indicator, asOf),
      dataset,
      locale: 'zh-CN',
      asOf,
    } as const;
    walk(exportChart(input).option);
    expect([...fonts]).toEqual([EXPORT_FONT_FAMILY]);
  });
});

describe('slideChart', () => {
  const dataset = makeSmallDataset();
  const input = (i: number) => {
    const indicator = dataset.indicators[i]!;
    return { indicator, progress: computeProgress(indicator, asOf), locale: 'zh-CN', asOf } as const;
  };
  // A 12.33 × 2.65 in box: 888 × 191 pt.
  const box = { width: 888, height: 190.8 };

  it('is drawn at the box’s size in points, so one px is one point on the slide', () => {
    const chart = slideChart(input(0), box);
    expect([chart.width, chart.height]).toEqual([888, 191]);
  });

  it.each(dataset.indicators.map((_, i) => i))(
    'panel %i: its smallest text is at least 12 pt once on the slide (14 pt by default)',
    (i) => {
      const chart = slideChart(input(i), box);
      const sizes = optionFontSizes(chart.option);
      expect(sizes.length).toBeGreaterThan(1);
      // px → pt on the slide: the box's width in points over the picture's width in px.
      const ptPerPx = box.width / chart.width;
      expect(Math.min(...sizes) * ptPerPx).toBeGreaterThanOrEqual(12);
      expect(Math.min(...sizes)).toBe(SLIDE_CHART_MIN_PT);
    },
  );

  it('carries no title, status or source: the slide says them as text', () => {
    const strings = allStrings(slideChart(input(0), box).option);
    expect(strings.some((s) => s.includes('科技型企业贷款余额'))).toBe(false);
    expect(strings.some((s) => s.startsWith('来源') || s.startsWith('状态'))).toBe(false);
    expect(slideChart(input(0), box).option.backgroundColor).toBe('#ffffff');
  });

  it('keeps the chart’s proportions of text: the labels stay larger than the axis', () => {
    const option = slideChart(input(0), box).option as { xAxis: { axisLabel: { fontSize: number } } };
    const sizes = optionFontSizes(option as never);
    expect(option.xAxis.axisLabel.fontSize).toBe(SLIDE_CHART_MIN_PT);
    expect(Math.max(...sizes)).toBeGreaterThan(SLIDE_CHART_MIN_PT);
  });
});
