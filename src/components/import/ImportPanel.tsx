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
import { importWords } from './import-words';
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
  const w = importWords(locale);
  const inputId = useId();
  const headingId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; error: boolean } | null>(null);

  async function read(file: File) {
    setOutcome(null);
    const fileName = file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      const error = translator(locale)('import.problem.tooLarge', {
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
    setOutcome(ok ? { text: w.saved(rows.length), error: false } : { text: w.notSaved, error: true });
    if (ok) setPreview(null);
  }

  const template = () => save(importTemplateCsv(dataset.indicators[0]?.id), 'import-template.csv', MIME.csv);

  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{w.title}</h2>
      <p>{w.intro}</p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{noticeText(n, locale)}</li>
            ))}
          </ul>
          {onDismissNotices && (
            <button type="button" onClick={onDismissNotices}>
              {w.dismiss}
            </button>
          )}
        </div>
      )}
      {readOnly && <p role="status">{w.readOnly}</p>}
      <div
        className="import-drop"
        role="group"
        aria-label={w.dropLabel}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{w.choose}</label>
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
        <span>{w.drop}</span>
      </div>
      <button type="button" onClick={template}>
        {w.template}
      </button>

      {preview && 'reading' in preview && <p role="status">{w.reading}</p>}
      {preview && 'error' in preview && (
        <p role="alert">
          {w.refused(preview.fileName)}
          {preview.error}
        </p>
      )}
      {preview && 'result' in preview && (
        <div className="import-review">
          <p role="status">
            {w.summary(preview.fileName, preview.result.good.length, preview.result.bad.length)}
          </p>
          <ImportPreview result={preview.result} dataset={dataset} locale={locale} />
          <button type="button" disabled={readOnly || preview.result.good.length === 0} onClick={confirm}>
            {w.confirm(preview.result.good.length)}
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            {w.discard}
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
