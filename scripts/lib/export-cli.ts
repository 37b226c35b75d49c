// `npm run export`: every indicator's chart as SVG (ECharts SSR, its text as outlines of the shipped font) and
// PNG (that SVG through resvg), one file per indicator and format, plus index.csv (the app's CSV of the same
// indicators). The same option builders and decoration as the app.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChartLocale } from '../../src/charts/chart-input';
import { datasetSchema, type Dataset } from '../../src/domain/dataset-schema';
import { readDatasetJson } from './read-dataset';
import { isoToDate } from '../../src/domain/period';
import { computeProgress, progressContext } from '../../src/domain/progress';
import type { Result } from '../../src/domain/types';
import type { Status } from '../../src/domain/progress-types';
import { indicatorsCsv, safeFileName } from '../../src/export/csv-export';
import { exportChart } from '../../src/export/export-option';
import { renderOutlinedSvg, svgToPng } from './export-render';
import { commaList, parseSelection } from './selection-args';

export const FORMATS = ['svg', 'png'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportOptions {
  out: string;
  regions: string[];
  formats: Format[];
  asOf: string;
  locale: ChartLocale;
  data: string;
  scale: number;
}

export const USAGE = `usage: npm run export -- --out DIR [--region id,...] [--format svg,png] [--as-of YYYY-MM-DD]
                           [--lang zh|en] [--scale 2|3] [--data public/data/indicators.json]`;

export function parseExportArgs(argv: string[]): Result<ExportOptions> {
  const parsed = parseSelection(argv, { extra: ['format', 'scale'], usage: USAGE, outArg: 'DIR' });
  if (!parsed.ok) return parsed;
  const { own, ...selection } = parsed.value;
  const formats = own.format === undefined ? [...FORMATS] : commaList(own.format);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    return { ok: false, error: `unknown format: ${unknown.join(', ') || '(none)'}; use svg, png or svg,png` };
  }
  const scale = Number(own.scale ?? 2);
  if (scale !== 2 && scale !== 3)
    return { ok: false, error: `--scale must be 2 or 3, not ${JSON.stringify(own.scale)}` };
  return { ok: true, value: { ...selection, formats: formats as Format[], scale } };
}

/** The selected regions and every region below them (重庆市 includes 重庆高新区). */
export function regionClosure(
  dataset: Pick<Dataset, 'regions'>,
  ids: readonly string[],
): Result<Set<string>> {
  const known = new Set(dataset.regions.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `unknown region id: ${unknown.join(', ')}; known: ${[...known].sort().join(', ')}`,
    };
  }
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of dataset.regions) {
      if (r.parent && out.has(r.parent) && !out.has(r.id)) {
        out.add(r.id);
        grew = true;
      }
    }
  }
  return { ok: true, value: out };
}

export function loadDataset(path: string): Result<Dataset> {
  if (!existsSync(path)) {
    return { ok: false, error: `${path}: not found; run \`npm run build:data\` first` };
  }
  let json: unknown;
  try {
    json = readDatasetJson(path);
  } catch (e) {
    return { ok: false, error: `${path}: not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    return { ok: false, error: `${path}: does not match the dataset schema:\n${issues.join('\n')}` };
  }
  return { ok: true, value: parsed.data };
}

export interface ExportSummary {
  files: string[];
  indicators: number;
}

export function runExport(
  options: ExportOptions,
  log: (line: string) => void = () => {},
): Result<ExportSummary> {
  const loaded = loadDataset(options.data);
  if (!loaded.ok) return loaded;
  const dataset = loaded.value;
  const closure = regionClosure(dataset, options.regions);
  if (!closure.ok) return closure;
  const indicators =
    options.regions.length === 0
      ? dataset.indicators
      : dataset.indicators.filter((i) => closure.value.has(i.region));
  const asOf = isoToDate(options.asOf);
  const context = progressContext(dataset.documents);
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });

  const files: string[] = [];
  const statuses = new Map<string, Status | null>();
  for (const indicator of indicators) {
    const progress = computeProgress(indicator, asOf, [], context);
    statuses.set(indicator.id, progress.status);
    const chart = exportChart({ indicator, progress, dataset, locale: options.locale, asOf });
    const svg = renderOutlinedSvg(chart.option, chart.width, chart.height, chart.label);
    const base = safeFileName(indicator.id);
    const row = { svg: '', png: '' };
    if (options.formats.includes('svg')) {
      writeFileSync(join(out, `${base}.svg`), svg);
      row.svg = `${base}.svg`;
      files.push(row.svg);
    }
    if (options.formats.includes('png')) {
      writeFileSync(join(out, `${base}.png`), svgToPng(svg, options.scale));
      row.png = `${base}.png`;
      files.push(row.png);
    }
    log(`${indicator.id}: ${[row.svg, row.png].filter(Boolean).join(', ')}`);
  }
  // The app's CSV of the same indicators (its ZIP carries the same index.csv), in the chosen language.
  const index = indicatorsCsv({ dataset, indicators, statuses, locale: options.locale });
  writeFileSync(join(out, 'index.csv'), index);
  files.push('index.csv');
  return { ok: true, value: { files, indicators: indicators.length } };
}
