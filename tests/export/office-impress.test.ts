// The PPTX as its users open it: a deck of a few panels of the real dataset (charts drawn by resvg as
// `npm run export` draws them, one with a 60-character title), opened in LibreOffice Impress (headless) and
// printed to PDF, its text read back with pdftotext: one page per panel plus the cover, each title once on
// its own page, the status and the figures as text, nothing unfilled, every word inside its own text box.
// Needs soffice: fails when it is missing (CI installs it, .ci/run), unless NO_OFFICE=1 says to skip on a
// developer's machine (scripts/lib/office.ts). The 58-slide timing is the bench's (`npm run bench -- --only
// exports`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema, type Indicator } from '../../src/domain/dataset-schema';
import { computeProgress } from '../../src/domain/progress';
import { buildPptx, type SlideInput } from '../../src/export/pptx-deck';
import { slideFacts } from '../../src/export/slide-facts';
import { chartSlideLayout, coverLayout, SLIDE, type SlideText } from '../../src/export/slide-layout';
import { chartDecoration } from '../../src/export/source-line';
import { statusName } from '../../src/i18n/progress-words';
import { renderOutlinedSvg, svgToPng } from '../../scripts/lib/export-render';
import { OFFICE_MISSING, convertWithOffice, officeTestMode } from '../../scripts/lib/office';

const mode = officeTestMode();
const dataset = datasetSchema.parse(JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')));
const asOf = new Date(2025, 5, 30);
const LONG_NAME = {
  zh: '科技型企业知识价值信用贷款余额及其占全部科技型企业贷款余额的比重按季度统计的结果数值汇总与分析说明附表一览表',
  en: 'Knowledge-value credit loans to tech firms as a share of all tech loans, by quarter',
};
const pick = (id: string): Indicator => dataset.indicators.find((i) => i.id === id)!;
const indicators = [
  pick('cq-tech-loan-balance'), // no target: baseline and latest
  pick('gx-finance-value-added'), // a growth-rate target with its implied level, and a gap
  pick('gx-financial-institutions'), // a level target and a gap
  pick('cq-mfg-loan-share'), // a target, no actual yet
  { ...pick('cq-ipv-pilot-firms'), name: LONG_NAME }, // a title of 60 characters or more
];
const COVERS = {
  'zh-CN': {
    title: '科技金融指标看板',
    filterText: '全部指标',
    asOfText: '评估日期：2025年6月30日',
    countText: `共 ${indicators.length} 项指标`,
  },
  en: {
    title: 'Sci-tech finance indicators',
    filterText: 'All indicators',
    asOfText: 'As of 30 Jun 2025',
    countText: `${indicators.length} indicators`,
  },
} as const;

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of each page, with their boxes in points, from `pdftotext -bbox`. */
function pdfWords(pdf: string): { width: number; height: number; words: Word[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return Array.from(html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs), (p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: Array.from(
      p[3]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
      (w) => ({ xMin: +w[1]!, yMin: +w[2]!, xMax: +w[3]!, yMax: +w[4]!, text: w[5]! }),
    ),
  }));
}

const squash = (s: string) => s.replace(/\s+/g, '');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.skipIf(mode === 'skip').each(['zh-CN', 'en'] as const)(
  'the %s PPTX opened in LibreOffice Impress and printed to PDF',
  (locale) => {
    const inputs: SlideInput[] = indicators.map((indicator) => ({
      indicator,
      progress: computeProgress(indicator, asOf),
      dataset,
      locale,
      asOf,
    }));
    const cover = COVERS[locale];
    let pages: string[] = [];
    let boxes: ReturnType<typeof pdfWords> = [];
    let dir = '';

    beforeAll(async () => {
      if (mode === 'missing') throw new Error(OFFICE_MISSING);
      dir = mkdtempSync(join(tmpdir(), 'impress-'));
      const deck = await buildPptx(
        inputs,
        async (chart, ratio) => {
          return svgToPng(renderOutlinedSvg(chart.option, chart.width, chart.height, chart.label), ratio);
        },
        cover,
      );
      writeFileSync(join(dir, 'deck.pptx'), deck);
      const pdf = convertWithOffice(join(dir, 'deck.pptx'), 'pdf', join(dir, 'pdf'));
      // In reading order, box by box (-layout would interleave the lines of the figures' columns); pdftotext
      // ends every page with a form feed.
      pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      boxes = pdfWords(pdf);
    }, 240_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('has one page per panel plus the cover', () => {
      expect(pages).toHaveLength(inputs.length + 1);
      expect(boxes).toHaveLength(inputs.length + 1);
    });

    it('the cover: title, filter, as-of date and count', () => {
      const text = squash(pages[0]!);
      for (const line of Object.values(cover)) expect(text).toContain(squash(line));
    });

    it('each title exactly once, on its own page only', () => {
      const titles = inputs.map((i) => chartDecoration(i.indicator, i.progress, dataset, locale, asOf).title);
      expect(titles.some((t) => [...t].length >= (locale === 'en' ? 80 : 60))).toBe(true);
      titles.forEach((title, i) => {
        pages.forEach((page, p) => {
          expect(occurrences(squash(page), squash(title)), `${title} on page ${p + 1}`).toBe(
            p === i + 1 ? 1 : 0,
          );
        });
      });
    });

    it('the status, the four figures and the source line as text, once each', () => {
      inputs.forEach((input, i) => {
        const page = squash(pages[i + 1]!);
        const facts = slideFacts(input.indicator, input.progress, locale);
        expect(occurrences(page, squash(facts.status)), input.indicator.id).toBe(1);
        const status = statusName(input.progress.status, locale);
        expect(page).toContain(squash(locale === 'en' ? `Status: ${status}` : `状态：${status}`));
        for (const fact of facts.facts) {
          expect(page).toContain(squash(fact.label));
          expect(page).toContain(squash(fact.value));
        }
        const words = locale === 'en' ? ['Baseline', 'Latestactual', 'Target'] : ['基线', '最新实际', '目标'];
        for (const word of words) expect(page).toContain(word);
        expect(occurrences(page, locale === 'en' ? 'Source:' : '来源：'), input.indicator.id).toBe(1);
      });
    });

    it('no NaN, undefined or unfilled placeholder on any page', () => {
      for (const page of pages) expect(page).not.toMatch(/NaN|undefined|\{\w+\}/);
    });

    it('every word inside its own box on the slide: nothing overflows, at any title length', () => {
      const layouts = [
        coverLayout(cover),
        ...inputs.map((input) => {
          const d = chartDecoration(input.indicator, input.progress, dataset, locale, asOf);
          const facts = slideFacts(input.indicator, input.progress, locale);
          return chartSlideLayout({ ...d, facts }).texts;
        }),
      ];
      for (const [p, page] of boxes.entries()) {
        expect(page.words.length, `page ${p + 1}`).toBeGreaterThan(3);
        const scale = page.width / SLIDE.w; // points an inch
        const lineCentres = new Map<SlideText, number[]>();
        for (const w of page.words) {
          const cx = (w.xMin + w.xMax) / 2 / scale;
          const cy = (w.yMin + w.yMax) / 2 / scale;
          // Which box: the one its centre is in, give or take a hanging punctuation mark (below).
          const grace = 6 / 72;
          const box = layouts[p]!.find(
            (b) =>
              cx >= b.x - grace && cx <= b.x + b.w + grace && cy >= b.y - grace && cy <= b.y + b.h + grace,
          );
          expect(box, `page ${p + 1}: "${w.text}" lies in no text box`).toBeDefined();
          // A word's box is its font's ascent to descent, which may reach a little beyond its exactly spaced
          // line; a line too many would reach 1.3 times the size beyond.
          const TOLERANCE = 0.2 * box!.size;
          expect(w.xMin, `page ${p + 1}: "${w.text}"`).toBeGreaterThanOrEqual(box!.x * scale - TOLERANCE);
          // …and a closing punctuation mark may hang past the end of its line by its own width.
          const hang = /^(\p{P}|&quot;)+$/u.test(w.text) ? box!.size : TOLERANCE;
          expect(w.xMax, `page ${p + 1}: "${w.text}"`).toBeLessThanOrEqual((box!.x + box!.w) * scale + hang);
          expect(w.yMin, `page ${p + 1}: "${w.text}"`).toBeGreaterThanOrEqual(box!.y * scale - TOLERANCE);
          expect(w.yMax, `page ${p + 1}: "${w.text}"`).toBeLessThanOrEqual(
            (box!.y + box!.h) * scale + TOLERANCE,
          );
          const centres = lineCentres.get(box!) ?? [];
          if (!centres.some((c) => Math.abs(c - cy * scale) < box!.size / 2)) centres.push(cy * scale);
          lineCentres.set(box!, centres);
        }
        // Impress broke each text into no more lines than the deck was fitted for.
        for (const [box, centres] of lineCentres)
          expect(centres.length, `page ${p + 1}: ${box.name} "${box.text}"`).toBeLessThanOrEqual(box.lines);
      }
    });
  },
);
