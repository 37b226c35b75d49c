// What is kept in this browser: one entry per imported file, each removable, each row removable.
import type { Dataset } from '../../domain/dataset-schema';
import type { StoredImport } from '../../import/import-storage';
import type { Locale } from '../../i18n/translate';
import { importWords } from './import-words';

function when(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function StoredImports({
  imports,
  dataset,
  locale,
  readOnly,
  onRemove,
  onRemoveObservation,
  onRemoveAll,
}: {
  imports: readonly StoredImport[];
  dataset: Pick<Dataset, 'indicators'>;
  locale: Locale;
  readOnly: boolean;
  onRemove: (batchId: string) => void;
  onRemoveObservation: (batchId: string, line: number) => void;
  onRemoveAll: () => void;
}) {
  const w = importWords(locale);
  const names = new Map(dataset.indicators.map((i) => [i.id, locale === 'en' ? i.name.en : i.name.zh]));
  return (
    <div className="import-stored">
      <h3>{w.stored}</h3>
      {imports.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <>
          <ul aria-label={w.stored}>
            {imports.map((b) => (
              <li key={b.id}>
                <span>{w.batch(b.fileName, b.observations.length, when(b.importedAt, locale))}</span>{' '}
                <button
                  type="button"
                  disabled={readOnly}
                  aria-label={w.removeLabel(b.fileName, b.observations.length)}
                  onClick={() => onRemove(b.id)}
                >
                  {w.remove}
                </button>
                <details>
                  <summary>{w.figures}</summary>
                  <ul>
                    {b.observations.map((o) => (
                      <li key={o.line}>
                        <span>
                          {`${w.line} ${o.line}: ${names.get(o.indicator) ?? o.indicator} · ${o.period} · ${o.value} · ${o.source.quote}`}
                        </span>{' '}
                        <button
                          type="button"
                          disabled={readOnly}
                          onClick={() => onRemoveObservation(b.id, o.line)}
                        >
                          {w.removeOne(o.line)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
          <button type="button" disabled={readOnly} aria-label={w.removeAllLabel} onClick={onRemoveAll}>
            {w.removeAll}
          </button>
        </>
      )}
    </div>
  );
}
