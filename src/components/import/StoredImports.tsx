// What is kept in this browser: one entry per imported file, each removable, each row removable.
import { useRef, useState } from 'react';
import type { Dataset } from '../../domain/dataset-schema';
import { importWord } from '../../i18n/import-words';
import type { StoredImport } from '../../import/import-storage';
import { localName } from '../../i18n/local-name';
import { translator, type Locale } from '../../i18n/translate';

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
  const t = translator(locale);
  const names = new Map(dataset.indicators.map((i) => [i.id, localName(i.name, locale)]));
  // "Remove all" asks first: it cannot be undone.
  const [asking, setAsking] = useState(false);
  // Cancelling puts the focus back on the button that asked (it returns in place of the question).
  const refocus = useRef(false);
  const total = imports.reduce((n, b) => n + b.observations.length, 0);
  return (
    <div className="import-stored">
      <h3>{t('import.stored')}</h3>
      {imports.length === 0 ? (
        <p>{t('import.none')}</p>
      ) : (
        <>
          <ul aria-label={t('import.stored')}>
            {imports.map((b) => (
              <li key={b.id}>
                <span>
                  {t('import.batch', {
                    file: b.fileName,
                    n: b.observations.length,
                    when: when(b.importedAt, locale),
                  })}
                </span>{' '}
                <button
                  type="button"
                  disabled={readOnly}
                  aria-label={t('import.removeLabel', { file: b.fileName, n: b.observations.length })}
                  onClick={() => onRemove(b.id)}
                >
                  {t('import.remove')}
                </button>
                <details>
                  <summary>{t('import.figures')}</summary>
                  <ul>
                    {b.observations.map((o) => (
                      <li key={o.line}>
                        <span>
                          {`${t('import.column.line')} ${o.line}: ${names.get(o.indicator) ?? o.indicator} · ${o.period} · ${o.value} · ${o.source.quote}`}
                        </span>{' '}
                        <button
                          type="button"
                          disabled={readOnly}
                          onClick={() => onRemoveObservation(b.id, o.line)}
                        >
                          {t('import.removeOne', { line: o.line })}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
          {asking ? (
            <div role="alertdialog" aria-label={t('import.removeAllLabel')} className="import-ask">
              <p>{importWord(locale, 'removeAllAsk', { n: total })}</p>
              <button
                type="button"
                disabled={readOnly}
                onClick={() => {
                  setAsking(false);
                  onRemoveAll();
                }}
              >
                {importWord(locale, 'removeAllYes')}
              </button>{' '}
              <button
                type="button"
                autoFocus
                onClick={() => {
                  refocus.current = true;
                  setAsking(false);
                }}
              >
                {importWord(locale, 'cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              disabled={readOnly}
              aria-label={t('import.removeAllLabel')}
              ref={(el) => {
                if (el && refocus.current) {
                  refocus.current = false;
                  el.focus();
                }
              }}
              onClick={() => setAsking(true)}
            >
              {t('import.removeAll')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
