// The rows of a file about to be imported: the good ones and every bad one, each with its line number.
// Everything from the file is rendered as React text, never as markup.
import type { Dataset } from '../../domain/dataset-schema';
import type { ImportResult } from '../../import/import-csv';
import type { Locale } from '../../i18n/translate';
import { importWords } from './import-words';

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
  const w = importWords(locale);
  const names = new Map(dataset.indicators.map((i) => [i.id, locale === 'en' ? i.name.en : i.name.zh]));
  return (
    <div className="import-preview">
      {result.good.length > 0 && (
        <table aria-label={w.goodTable}>
          <caption>{w.goodTable}</caption>
          <thead>
            <tr>
              <th scope="col">{w.line}</th>
              <th scope="col">{w.indicator}</th>
              <th scope="col">{w.role}</th>
              <th scope="col">{w.period}</th>
              <th scope="col">{w.value}</th>
              <th scope="col">{w.qualifier}</th>
              <th scope="col">{w.basis}</th>
              <th scope="col">{w.note}</th>
            </tr>
          </thead>
          <tbody>
            {result.good.slice(0, SHOWN).map((o) => (
              <tr key={o.line}>
                <td>{o.line}</td>
                <td>{names.get(o.indicator) ?? o.indicator}</td>
                <td>{o.role === 'actual' ? w.actual : w.target}</td>
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
      {result.good.length > SHOWN && <p>{w.more(result.good.length - SHOWN)}</p>}
      {result.bad.length > 0 && (
        <table aria-label={w.badTable}>
          <caption>{w.badTable}</caption>
          <thead>
            <tr>
              <th scope="col">{w.line}</th>
              <th scope="col">{w.problem}</th>
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
      {result.bad.length > SHOWN && <p>{w.more(result.bad.length - SHOWN)}</p>}
    </div>
  );
}
