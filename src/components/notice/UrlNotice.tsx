import { useAppStore, useAppStoreShallow } from '../../store/store-context';
import { useT } from '../common/use-t';

/** Values in the link that were not recognised: listed (as text), dropped, and dismissible. */
export function UrlNotice() {
  const t = useT();
  const dropped = useAppStoreShallow((s) => s.droppedParams);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div role="status" className={dropped.length ? 'notice' : 'notice-empty'}>
      {dropped.length > 0 && (
        <>
          <p>{t('notice.dropped')}</p>
          <ul>
            {dropped.map((d, i) => (
              <li key={i}>
                <code>{d}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="notice-dismiss" onClick={dismiss}>
            {t('notice.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
