// Exports of the current filter: CSV, XLSX, ZIP of PNG+SVG, PPTX, print/PDF, and the whole dataset as JSON.
// Many panels show progress and can be cancelled.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Dataset, Indicator, Observation } from '../../domain/dataset-schema';
import { dateToIso, isoToDate } from '../../domain/period';
import type { Progress } from '../../domain/progress-types';
import type { ExportItem } from '../../export/batch';
import { isAbort } from '../../export/names';
// The CSV writer (papaparse), the XLSX writer (write-excel-file), the ZIP builder (fflate) and the PPTX deck
// (pptxgenjs) load when a button is clicked (each click's code is budgeted: ACTIONS in scripts/lib/bundle.ts).
const csvModule = () => import('../../export/csv-export');
const xlsxModule = () => import('../../export/xlsx-export');
const batchModule = () => import('../../export/batch');
const pptxModule = () => import('../../export/pptx-deck');
// The bulletin (the model, its words and the docx writer) loads on its button's click.
const bulletinModule = () => import('../../export/bulletin/bulletin-file');
import { MIME } from '../../export/download';
import { exportChart } from '../../export/export-option';
import { filterText, type FilterSummary } from '../../export/filter-text';
import { asOfText, chartDecoration } from '../../export/source-line';
import { exportTranslator } from '../../i18n/export-words';
import type { Locale } from '../../i18n/translate';
import { browserExporter, type Exporter } from './exporter';
import { PRINT_LIMIT } from './print-limit';
import { usePrint } from './use-print';

export interface ExportToolbarProps {
  dataset: Dataset;
  /** The filtered indicators' ids, in the order shown. */
  ids: readonly string[];
  /**
   * Each indicator by id. The indicators of the view are looked up when an export asks for them: a filter
   * change at 50,000 indicators does no work per indicator here.
   */
  indicatorById: ReadonlyMap<string, Indicator>;
  /** Progress per indicator id (with imports); missing or null for a panel that failed. */
  progress: ReadonlyMap<string, Progress | null>;
  extra?: ReadonlyMap<string, readonly Observation[]>;
  filters: FilterSummary;
  locale: Locale;
  /** YYYY-MM-DD */
  asOf: string;
  exporter?: Exporter;
}

type Job =
  { kind: 'zip' | 'pptx' | 'docx'; done: number; total: number } | { kind: 'print'; done: 0; total: number };
type PrintItem = ExportItem & { statusText: string };

function stamp(asOf: string): string {
  return asOf.replace(/-/g, '');
}

export function ExportToolbar({
  dataset,
  ids,
  indicatorById,
  progress,
  extra,
  filters,
  locale,
  asOf,
  exporter = browserExporter,
}: ExportToolbarProps) {
  const t = exportTranslator(locale);
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const n = ids.length;

  /** The view's indicators in order, the first `limit` of them. */
  const visible = useCallback(
    (limit = ids.length): Indicator[] =>
      ids.slice(0, limit).flatMap((id) => {
        const indicator = indicatorById.get(id);
        return indicator ? [indicator] : [];
      }),
    [ids, indicatorById],
  );

  const items = (indicators: readonly Indicator[]): PrintItem[] => {
    const date = isoToDate(asOf);
    return indicators.flatMap((indicator) => {
      const p = progress.get(indicator.id);
      if (!p) return [];
      const more = extra?.get(indicator.id) ?? [];
      const d = chartDecoration(indicator, p, dataset, locale, date, more);
      const chart = exportChart({ indicator, progress: p, dataset, locale, asOf: date, extra: more });
      return [
        { id: indicator.id, title: d.title, sourceLine: d.sourceLine, statusText: d.statusText, chart },
      ];
    });
  };

  // Built when an export asks for it, not on every filter change.
  const statuses = (indicators: readonly Indicator[]) =>
    new Map(indicators.map((i) => [i.id, progress.get(i.id)?.status ?? null]));
  const tableInput = (indicators = visible()) => ({
    dataset,
    indicators,
    statuses: statuses(indicators),
    locale,
    ...(extra ? { extra } : {}),
  });

  function done(file: string) {
    setMessage({ text: t('export.done', { file }), error: false });
  }

  function fail(e: unknown) {
    if (isAbort(e)) setMessage({ text: t('export.cancelled'), error: false });
    else
      setMessage({
        text: t('export.failed', { message: e instanceof Error ? e.message : String(e) }),
        error: true,
      });
  }

  async function exportCsv() {
    try {
      const { indicatorsCsv, utf8Bytes } = await csvModule();
      const file = `indicators-${stamp(asOf)}.csv`;
      exporter.save(utf8Bytes(indicatorsCsv(tableInput())), file, MIME.csv);
      done(file);
    } catch (e) {
      fail(e);
    }
  }

  async function exportXlsx() {
    try {
      const { indicatorsXlsx } = await xlsxModule();
      const file = `indicators-${stamp(asOf)}.xlsx`;
      exporter.save(await indicatorsXlsx(tableInput()), file, MIME.xlsx);
      done(file);
    } catch (e) {
      fail(e);
    }
  }

  async function exportJson() {
    try {
      const { datasetJson } = await csvModule();
      const file = 'indicators.json';
      exporter.save(datasetJson(dataset, extra), file, MIME.json);
      done(file);
    } catch (e) {
      fail(e);
    }
  }

  // The deck draws each chart for its slide and writes its texts itself: it takes the panels' inputs.
  const slideInputs = (indicators: readonly Indicator[]) => {
    const date = isoToDate(asOf);
    return indicators.flatMap((indicator) => {
      const p = progress.get(indicator.id);
      if (!p) return [];
      return [{ indicator, progress: p, dataset, locale, asOf: date, extra: extra?.get(indicator.id) ?? [] }];
    });
  };

  async function runBatch(kind: 'zip' | 'pptx') {
    const indicators = visible();
    const zipItems = kind === 'zip' ? items(indicators) : [];
    const inputs = kind === 'pptx' ? slideInputs(indicators) : [];
    const total = zipItems.length + inputs.length;
    if (total === 0) {
      setMessage({ text: t('export.nothing'), error: false });
      return;
    }
    const ac = new AbortController();
    controller.current = ac;
    setMessage(null);
    setJob({ kind, done: 0, total });
    const onProgress = (d: number, total: number) => setJob({ kind, done: d, total });
    try {
      if (kind === 'zip') {
        const { buildZip } = await batchModule();
        const { indicatorsCsv, utf8Bytes } = await csvModule();
        const csv = utf8Bytes(indicatorsCsv(tableInput(indicators)));
        const zip = await buildZip(zipItems, exporter, {
          signal: ac.signal,
          onProgress,
          extraFiles: { 'indicators.csv': csv },
        });
        const file = `charts-${stamp(asOf)}.zip`;
        exporter.save(zip, file, MIME.zip);
        done(file);
      } else {
        const cover = {
          title: t('export.deckTitle'),
          filterText: filterText(filters, dataset, locale),
          asOfText: asOfText(asOf, locale),
          countText: t('export.count', { n: total }),
        };
        const { buildPptx } = await pptxModule();
        const png = exporter.deckPng ?? ((c, ratio) => exporter.png(c, ratio));
        const deck = await buildPptx(inputs, png, cover, {
          signal: ac.signal,
          onProgress,
          ...(exporter.loadFont ? { loadFont: exporter.loadFont } : {}),
        });
        const file = `charts-${stamp(asOf)}.pptx`;
        exporter.save(deck, file, MIME.pptx);
        done(file);
      }
    } catch (e) {
      fail(e);
    } finally {
      controller.current = null;
      setJob(null);
    }
  }

  async function exportBulletin() {
    if (n === 0) {
      setMessage({ text: t('export.nothing'), error: false });
      return;
    }
    const ac = new AbortController();
    controller.current = ac;
    setMessage(null);
    setJob({ kind: 'docx', done: 0, total: n });
    try {
      const { bulletinDocx } = await bulletinModule();
      const issued = dateToIso(new Date()); // the bulletin is dated the day it is made
      const input = {
        dataset,
        indicators: visible(),
        progress,
        filters,
        locale,
        asOf,
        issued,
        ...(extra ? { extra } : {}),
      };
      const docx = await bulletinDocx(input, (c) => exporter.png(c, 2), {
        signal: ac.signal,
        onProgress: (d, total) => setJob({ kind: 'docx', done: d, total }),
      });
      const file = `bulletin-${stamp(asOf)}.docx`;
      exporter.save(docx, file, MIME.docx);
      done(file);
    } catch (e) {
      fail(e);
    } finally {
      controller.current = null;
      setJob(null);
    }
  }

  // The print layout of this view, for the print button and for the browser's own print (Ctrl+P): the
  // first PRINT_LIMIT panels, and one more so it knows to say the rest were left out.
  const printView = useMemo(
    () =>
      n === 0
        ? null
        : {
            dataset,
            indicators: visible(PRINT_LIMIT + 1),
            progress,
            locale,
            asOf: isoToDate(asOf),
            ...(extra ? { extra } : {}),
          },
    [visible, n, dataset, progress, locale, asOf, extra],
  );
  const print = usePrint(printView);

  async function startPrint() {
    setMessage(null);
    setJob({ kind: 'print', done: 0, total: n });
    try {
      if ((await print.start()) === 0) setJob(null);
    } catch (e) {
      setJob(null);
      fail(e);
    }
  }

  const onPrintReady = useCallback(() => {
    setJob(null);
    exporter.print();
  }, [exporter]);

  const busy = job !== null;
  return (
    <div className="export-toolbar no-print" role="toolbar" aria-label={t('export.toolbar')}>
      <button
        type="button"
        aria-label={t('export.csvLabel', { n })}
        disabled={busy || n === 0}
        onClick={exportCsv}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        aria-label={t('export.xlsxLabel', { n })}
        disabled={busy || n === 0}
        onClick={exportXlsx}
      >
        {t('export.xlsx')}
      </button>
      <button
        type="button"
        aria-label={t('export.zipLabel', { n })}
        disabled={busy || n === 0}
        onClick={() => runBatch('zip')}
      >
        {t('export.zip')}
      </button>
      <button
        type="button"
        aria-label={t('export.pptxLabel', { n })}
        disabled={busy || n === 0}
        onClick={() => runBatch('pptx')}
      >
        {t('export.pptx')}
      </button>
      <button type="button" disabled={busy || n === 0} onClick={exportBulletin}>
        {t('export.bulletin')}
      </button>
      <button
        type="button"
        aria-label={t('export.printLabel')}
        disabled={busy || n === 0}
        onClick={startPrint}
      >
        {t('export.print')}
      </button>
      <button type="button" aria-label={t('export.jsonLabel')} disabled={busy} onClick={exportJson}>
        {t('export.json')}
      </button>
      {job && job.kind !== 'print' && (
        <span className="export-progress">
          <progress max={job.total} value={job.done} aria-label={t('export.progressLabel')} />
          <span role="status">{t('export.progress', { done: job.done, total: job.total })}</span>
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('export.cancel')}
          </button>
        </span>
      )}
      {job?.kind === 'print' && <span role="status">{t('export.preparingPrint')}</span>}
      {!job && (
        <span className="export-status" role={message?.error ? 'alert' : 'status'}>
          {message?.text ?? ''}
        </span>
      )}
      {print.job && (
        <print.job.module.PrintSheet
          title={t('export.deckTitle')}
          headLine={[filterText(filters, dataset, locale), asOfText(asOf, locale), t('export.count', { n })]}
          items={print.job.items}
          total={n}
          locale={locale}
          label={t('export.printSheet')}
          {...(print.job.via === 'button' ? { onReady: onPrintReady } : {})}
        />
      )}
    </div>
  );
}
