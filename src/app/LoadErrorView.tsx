import type { LoadError } from '../data/load-dataset';
import { translator, type Locale } from '../i18n/translate';

const MAX_ISSUES = 50;

/** A dataset that cannot be used: say why, in full, instead of a blank page. */
export function LoadErrorView({ error, locale }: { error: LoadError; locale: Locale }) {
  const t = translator(locale);
  return (
    <main className="load-error" tabIndex={-1}>
      <h1>{t('app.title')}</h1>
      <div role="alert">
        <h2>{t('load.failed')}</h2>
        {error.kind === 'network' && <p>{t('load.network', { url: error.url, detail: error.detail })}</p>}
        {error.kind === 'json' && <p>{t('load.json', { detail: error.detail })}</p>}
        {error.kind === 'schema' && (
          <>
            <p>{t('load.schema', { n: error.issues.length })}</p>
            <ul className="load-issues">
              {error.issues.slice(0, MAX_ISSUES).map((i, k) => (
                <li key={k}>
                  <code>{i.path}</code>: {i.message}
                </li>
              ))}
            </ul>
            {error.issues.length > MAX_ISSUES && (
              <p>{t('load.more', { n: error.issues.length - MAX_ISSUES })}</p>
            )}
          </>
        )}
      </div>
      <button type="button" onClick={() => location.reload()}>
        {t('load.retry')}
      </button>
    </main>
  );
}
