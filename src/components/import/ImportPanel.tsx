// Import newer figures: choose or drop a CSV, see every good and bad row with its line, confirm to keep the
// good ones in this browser; list what is stored, remove one row, one file or everything.
import { useId, useState, type DragEvent } from 'react';
import type { Dataset } from '../../domain/dataset-schema';
import { downloadFile, MIME } from '../../export/download';
import {
  importTemplateCsv,
  MAX_IMPORT_BYTES,
  IMPORT_COLUMNS,
  parseImportCsv,
  type ImportResult,
  type TemplateRow,
} from '../../import/import-csv';
import { importWord } from '../../i18n/import-words';
import { formatBytes } from '../../import/message-values';
import { noticeText, type StorageNotice, type StoredImport } from '../../import/import-storage';
import type { ImportedObservation } from '../../import/import-csv';
import { translator, type Locale } from '../../i18n/translate';
import { ImportPreview } from './ImportPreview';
import { StoredImports } from './StoredImports';

export interface ImportPanelProps {
  dataset: Pick<Dataset, 'indicators'>;
  locale: Locale;
  imports: readonly StoredImport[];
  notices?: readonly StorageNotice[];
  readOnly?: boolean;
  /** Store the confirmed rows; false when the browser refused (nothing changed). */
  onConfirm: (fileName: string, rows: readonly ImportedObservation[]) => boolean;
  onRemove: (batchId: string) => void;
  onRemoveObservation: (batchId: string, line: number) => void;
  onRemoveAll: () => void;
  onDismissNotices?: () => void;
  /** The indicators of the current view, for the template (asked for when it is downloaded). */
  templateRows?: () => readonly TemplateRow[];
  /** Saves the template; defaults to a browser download. */
  save?: (data: string, fileName: string, type: string) => void;
}

/** Rows the store already holds for the same indicator, role, period and basis. */
const rowKey = (o: ImportedObservation) => [o.indicator, o.role, o.period, o.basis].join('\u0000');
const storedRows = (imports: readonly StoredImport[]) =>
  imports.reduce((n, b) => n + b.observations.length, 0);

type Preview =
  | { fileName: string; result: ImportResult }
  | { fileName: string; error: string }
  | { fileName: string; reading: true };

export function ImportPanel({
  dataset,
  locale,
  imports,
  notices = [],
  readOnly = false,
  onConfirm,
  onRemove,
  onRemoveObservation,
  onRemoveAll,
  onDismissNotices,
  templateRows = () => [],
  save = downloadFile,
}: ImportPanelProps) {
  const t = translator(locale);
  const inputId = useId();
  const headingId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  // `stored`: how many rows were stored when the line was written; it goes once any of them are removed.
  const [outcome, setOutcome] = useState<{ text: string; error: boolean; stored: number } | null>(null);
  const stored = storedRows(imports);

  async function read(file: File) {
    setOutcome(null);
    const fileName = file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      const error = t('import.problem.tooLarge', {
        size: formatBytes(file.size),
        limit: formatBytes(MAX_IMPORT_BYTES),
      });
      setPreview({ fileName, error });
      return;
    }
    setPreview({ fileName, reading: true });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = parseImportCsv(bytes, dataset, { locale });
      setPreview(r.ok ? { fileName, result: r.value } : { fileName, error: r.error });
    } catch (e) {
      setPreview({ fileName, error: e instanceof Error ? e.message : String(e) });
    }
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  }

  function confirm() {
    if (!preview || !('result' in preview)) return;
    const rows = preview.result.good;
    const ok = onConfirm(preview.fileName, rows);
    setOutcome(
      ok
        ? { text: t('import.saved', { n: rows.length }), error: false, stored: stored + rows.length }
        : { text: t('import.notSaved'), error: true, stored },
    );
    if (ok) setPreview(null);
  }

  const template = () => save(importTemplateCsv(templateRows()), 'import-template.csv', MIME.csv);
  const result = preview && 'result' in preview ? preview.result : null;
  const held = new Set(imports.flatMap((b) => b.observations.map(rowKey)));
  const duplicates = result ? result.good.filter((o) => held.has(rowKey(o))).map((o) => o.line) : [];

  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{noticeText(n, locale)}</li>
            ))}
          </ul>
          {onDismissNotices && (
            <button type="button" onClick={onDismissNotices}>
              {t('import.dismiss')}
            </button>
          )}
        </div>
      )}
      {readOnly && <p role="status">{t('import.readOnly')}</p>}
      <div
        className="import-drop"
        role="group"
        aria-label={t('import.dropLabel')}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{t('import.choose')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          disabled={readOnly}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
        <span>{t('import.drop')}</span>
      </div>
      <button type="button" onClick={template}>
        {t('import.template')}
      </button>
      <details className="import-columns">
        <summary>{importWord(locale, 'columnsTitle')}</summary>
        <dl>
          {(['indicator', 'name', ...IMPORT_COLUMNS.slice(1)] as const).map((c) => (
            <div key={c}>
              <dt>
                <code>{c}</code>
              </dt>
              <dd>{importWord(locale, `col.${c}`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      {preview && 'reading' in preview && <p role="status">{t('import.reading')}</p>}
      {preview && 'error' in preview && (
        <p role="alert">
          {t('import.refused', { file: preview.fileName })}
          {preview.error}
        </p>
      )}
      {preview && 'result' in preview && (
        <div className="import-review">
          <p role="status">
            {t('import.summary', {
              file: preview.fileName,
              good: preview.result.good.length,
              bad: preview.result.bad.length,
            })}
            {preview.result.unfilled > 0 && importWord(locale, 'unfilled', { n: preview.result.unfilled })}
          </p>
          {duplicates.length > 0 && (
            <p role="alert">
              {importWord(locale, 'duplicates', {
                n: duplicates.length,
                lines: duplicates.join(locale === 'en' ? ', ' : '、'),
              })}
            </p>
          )}
          <ImportPreview result={preview.result} dataset={dataset} locale={locale} />
          <button type="button" disabled={readOnly || preview.result.good.length === 0} onClick={confirm}>
            {t('import.confirm', { n: preview.result.good.length })}
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            {t('import.discard')}
          </button>
        </div>
      )}
      {outcome && stored >= outcome.stored && <p role={outcome.error ? 'alert' : 'status'}>{outcome.text}</p>}

      <StoredImports
        imports={imports}
        dataset={dataset}
        locale={locale}
        readOnly={readOnly}
        onRemove={onRemove}
        onRemoveObservation={onRemoveObservation}
        onRemoveAll={onRemoveAll}
      />
    </section>
  );
}
