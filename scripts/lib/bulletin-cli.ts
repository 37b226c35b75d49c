// `npm run bulletin`: the monitoring bulletin (监测通报) of a selection as a .docx, without a browser, for
// scheduled bulletins. The same model and writer as the app's button (src/export/bulletin); the charts drawn
// as `npm run export` draws them (ECharts SSR, resvg with the shipped font). Written atomically: a reader
// sees the old file or the whole new one.
import { resolve } from 'node:path';
import type { Dataset } from '../../src/domain/dataset-schema';
import { dateToIso, isoToDate } from '../../src/domain/period';
import { computeProgress, progressContext } from '../../src/domain/progress';
import type { Result } from '../../src/domain/types';
import { buildBulletin, type Bulletin } from '../../src/export/bulletin/bulletin-model';
import { writeBulletinDocx } from '../../src/export/bulletin/bulletin-docx';
import type { ExportChart } from '../../src/export/export-option';
import { loadDataset, regionClosure } from './export-cli';
import { renderOutlinedSvg, svgToPng } from './export-render';
import { commaList, parseSelection } from './selection-args';
import { writeFileAtomic } from './write-atomic';

export interface BulletinOptions {
  out: string;
  regions: string[];
  topics: string[];
  asOf: string;
  /** The day the bulletin is dated: the day it is made (YYYY-MM-DD). */
  issued: string;
  locale: 'zh-CN' | 'en';
  data: string;
}

export const BULLETIN_USAGE = `usage: npm run bulletin -- --out FILE.docx [--region ID,...] [--topic ID,...]
                             [--as-of YYYY-MM-DD] [--lang zh|en] [--data public/data/indicators.json]`;

/** The command line, checked; `today` (YYYY-MM-DD) dates the bulletin and is the default as-of date. */
export function parseBulletinArgs(argv: string[], today = dateToIso(new Date())): Result<BulletinOptions> {
  const parsed = parseSelection(
    argv,
    { extra: ['topic'], usage: BULLETIN_USAGE, outArg: 'FILE.docx' },
    today,
  );
  if (!parsed.ok) return parsed;
  const { own, ...selection } = parsed.value;
  if (!/\.docx$/i.test(selection.out))
    return { ok: false, error: `--out ${JSON.stringify(selection.out)} must name a .docx file` };
  return { ok: true, value: { ...selection, topics: commaList(own.topic), issued: today } };
}

/** A chart as PNG, drawn as `npm run export` draws it (2×: sharp when printed at the text's width). */
export async function renderPngServer(chart: ExportChart): Promise<Uint8Array> {
  return svgToPng(renderOutlinedSvg(chart.option, chart.width, chart.height, chart.label), 2);
}

/** The bulletin model of the options' selection; an unknown region or topic is the caller's mistake. */
export function bulletinFor(
  dataset: Dataset,
  options: Omit<BulletinOptions, 'out' | 'data' | 'issued'> & { issued?: string },
): Result<Bulletin, { usage: boolean; message: string }> {
  const closure = regionClosure(dataset, options.regions);
  if (!closure.ok) return { ok: false, error: { usage: true, message: closure.error } };
  const topics = new Set(dataset.topics.map((t) => t.id));
  const unknown = options.topics.filter((t) => !topics.has(t));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: {
        usage: true,
        message: `unknown topic id: ${unknown.join(', ')}; known: ${[...topics].sort().join(', ')}`,
      },
    };
  }
  const indicators = dataset.indicators.filter(
    (i) =>
      (options.regions.length === 0 || closure.value.has(i.region)) &&
      (options.topics.length === 0 || options.topics.includes(i.topic)),
  );
  const asOf = isoToDate(options.asOf);
  const context = progressContext(dataset.documents);
  const progress = new Map(indicators.map((i) => [i.id, computeProgress(i, asOf, [], context)]));
  return {
    ok: true,
    value: buildBulletin({
      dataset,
      indicators,
      progress,
      filters: { region: options.regions, topic: options.topics, doc: [], status: [], q: '' },
      locale: options.locale,
      asOf: options.asOf,
      ...(options.issued ? { issued: options.issued } : {}),
    }),
  };
}

export interface BulletinSummary {
  file: string;
  bytes: number;
  indicators: number;
  charts: number;
}

/** Builds and writes the bulletin. Errors: `usage` for what the command line got wrong (exit 2). */
export async function runBulletin(
  options: BulletinOptions,
  render: (chart: ExportChart) => Promise<Uint8Array> = renderPngServer,
): Promise<Result<BulletinSummary, { usage: boolean; message: string }>> {
  const loaded = loadDataset(options.data);
  if (!loaded.ok) return { ok: false, error: { usage: false, message: loaded.error } };
  const model = bulletinFor(loaded.value, options);
  if (!model.ok) return model;
  const bytes = await writeBulletinDocx(model.value, render);
  const file = resolve(options.out);
  writeFileAtomic(file, bytes);
  return {
    ok: true,
    value: {
      file,
      bytes: bytes.length,
      indicators: model.value.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length,
      charts: model.value.blocks.filter((b) => b.kind === 'chart').length,
    },
  };
}
