// Import newer figures: choose or drop a CSV, see every good and bad row with its line, confirm to keep the
// good ones in this browser; list what is stored, remove one row, one file or everything.
import { useId, useState, type DragEvent } from 'react';
import type { Dataset } from '../../domain/dataset-schema';
import { downloadFile, MIME } from '../../export/download';
import {
  importTemplateCsv,
  MAX_IMPORT_BYTES,
  parseImportCsv,
  type ImportResult,
} from '../../import/import-csv';
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
  /** Saves the template; defaults to a browser download. */
  save?: (data: string, fileName: string, type: string) => void;
}

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
  save = downloadFile,
}: ImportPanelProps) {
  const t = translator(locale);
  const inputId = useId();
  const headingId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);

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
        ? { text: t('import.saved', { n: rows.length }), error: false }
        : { text: t('import.notSaved'), error: true },
    );
    if (ok) setPreview(null);
  }

  const template = () => save(importTemplateCsv(dataset.indicators[0]?.id), 'import-template.csv', MIME.csv);

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
          </p>
          <ImportPreview result={preview.result} dataset={dataset} locale={locale} />
          <button type="button" disabled={readOnly || preview.result.good.length === 0} onClick={confirm}>
            {t('import.confirm', { n: preview.result.good.length })}
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            {t('import.discard')}
          </button>
        </div>
      )}
      {outcome && <p role={outcome.error ? 'alert' : 'status'}>{outcome.text}</p>}

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
