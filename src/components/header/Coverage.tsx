import { useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectIndex } from '../../store/selectors';
import { localName } from '../../i18n/local-name';
import { useT } from '../common/use-t';

/**
 * Which regions and documents the dataset covers. The document list is rendered when first opened: closed,
 * it would only add a line per document to every page load (a hundred on a national dataset).
 */
export function Coverage() {
  const t = useT();
  const [docsOpened, setDocsOpened] = useState(false);
  const locale = useAppStore((s) => s.locale);
  const index = useAppStore(selectIndex);
  const dataset = useAppStore((s) => s.dataset);
  // The first part of a dataset in parts: the whole's count (the head's); its documents once all are there.
  const pending = useAppStore((s) => s.pending);
  if (!index || !dataset) return null;
  const roots = index.regionTree.map((n) => localName(n.region.name, locale));
  return (
    <div className="coverage">
      <span className="coverage-item">
        <span className="coverage-label">
          {t('header.total', { n: pending?.total ?? dataset.indicators.length })}
        </span>
      </span>
      <span className="coverage-item">
        <span className="coverage-label">{t('header.regions')}</span>
        {roots.join(t('text.listSeparator'))}
        {dataset.regions.length > roots.length ? ` (${dataset.regions.length})` : ''}
      </span>
      {!pending && (
        <details
          className="coverage-item coverage-docs"
          onToggle={(e) => {
            if (e.currentTarget.open) setDocsOpened(true);
          }}
        >
          <summary>
            <span className="coverage-label">{t('header.documents')}</span>
            {dataset.documents.length}
          </summary>
          {docsOpened && (
            <ul>
              {dataset.documents.map((d) => (
                <li key={d.id}>
                  {t('header.document', { title: d.title, issuer: d.issuer, published: d.published })}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}
