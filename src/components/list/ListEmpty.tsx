import { localName } from '../../i18n/local-name';
import { selectDocumentsWithoutFigures, selectIndex } from '../../store/selectors';
import { useAppStore, useAppStoreShallow } from '../../store/store-context';
import { useT } from '../common/use-t';

/**
 * An empty list, said truly: a region whose documents give no quantified figure says so and names each
 * document, a button that opens it; otherwise no indicator matches the filters.
 */
export function ListEmpty() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const docs = useAppStoreShallow(selectDocumentsWithoutFigures);
  const regions = useAppStoreShallow((s, d) => {
    const index = selectIndex(s, d);
    return s.filters.region.map((id) => {
      const r = index?.regionById.get(id);
      return r ? localName(r.name, locale) : id;
    });
  });
  const openSource = useAppStore((s) => s.openSource);
  if (docs.length === 0) return <p className="list-empty">{t('list.empty')}</p>;
  return (
    <div className="list-empty">
      <p>{t('list.noFigures', { region: regions.join(locale === 'en' ? ', ' : '、') })}</p>
      <ul>
        {docs.map((doc) => (
          <li key={doc.id}>
            <button
              type="button"
              className="button-link"
              onClick={() => openSource({ document: doc.id, offset: 0, length: 0 })}
            >
              {`《${doc.title}》`}
            </button>{' '}
            {doc.issuer}
            {t('panel.sourceDate', { date: doc.published })}
          </li>
        ))}
      </ul>
    </div>
  );
}
