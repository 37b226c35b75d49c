// The rows of a file about to be imported: the good ones and every bad one, each with its line number.
// Everything from the file is rendered as React text, never as markup.
import type { Dataset } from '../../domain/dataset-schema';
import type { ImportResult } from '../../import/import-csv';
import { localName } from '../../i18n/local-name';
import { translator, type Locale } from '../../i18n/translate';

const SHOWN = 200;

export function ImportPreview({
  result,
  dataset,
  locale,
}: {
  result: ImportResult;
  dataset: Pick<Dataset, 'indicators'>;
  locale: Locale;
}) {
  const t = translator(locale);
  const names = new Map(dataset.indicators.map((i) => [i.id, localName(i.name, locale)]));
  return (
    <div className="import-preview">
      {result.good.length > 0 && (
        <table aria-label={t('import.goodTable')}>
          <caption>{t('import.goodTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.column.line')}</th>
              <th scope="col">{t('import.column.indicator')}</th>
              <th scope="col">{t('import.column.role')}</th>
              <th scope="col">{t('import.column.period')}</th>
              <th scope="col">{t('import.column.value')}</th>
              <th scope="col">{t('import.column.qualifier')}</th>
              <th scope="col">{t('import.column.basis')}</th>
              <th scope="col">{t('import.column.note')}</th>
            </tr>
          </thead>
          <tbody>
            {result.good.slice(0, SHOWN).map((o) => (
              <tr key={o.line}>
                <td>{o.line}</td>
                <td>{names.get(o.indicator) ?? o.indicator}</td>
                <td>{t(`import.role.${o.role}`)}</td>
                <td>{o.period}</td>
                <td>{o.value}</td>
                <td>{o.qualifier}</td>
                <td>{o.basis}</td>
                <td className="import-note">{o.source.quote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.good.length > SHOWN && <p>{t('import.more', { n: result.good.length - SHOWN })}</p>}
      {result.bad.length > 0 && (
        <table aria-label={t('import.badTable')}>
          <caption>{t('import.badTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.column.line')}</th>
              <th scope="col">{t('import.column.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {result.bad.slice(0, SHOWN).map((b, i) => (
              <tr key={`${b.line}-${i}`}>
                <td>{b.line}</td>
                <td>{b.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.bad.length > SHOWN && <p>{t('import.more', { n: result.bad.length - SHOWN })}</p>}
    </div>
  );
}
