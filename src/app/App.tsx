import { useEffect, useState } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import type { Result } from '../domain/types';
import { loadDataset, type LoadError } from '../data/load-dataset';
import { translate } from '../i18n/translate';
import { createAppStore, type AppStore } from '../store/app-store';
import { StoreProvider } from '../store/store-context';
import { attachUrlSync, type HistoryLike } from '../store/url-sync';
import { parseUrlLocale } from '../store/url-state';
import { Dashboard } from './Dashboard';
import { LoadErrorView } from './LoadErrorView';

export interface AppProps {
  load?: () => Promise<Result<Dataset, LoadError>>;
  /** Today's date (YYYY-MM-DD); tests fix it. */
  today?: string;
  /** The window whose URL mirrors the view. */
  win?: HistoryLike;
  /** A prepared store (tests); otherwise one is created. */
  store?: AppStore;
}

type Phase = { name: 'loading' } | { name: 'error'; error: LoadError } | { name: 'ready' };

const defaultLoad = () => loadDataset();

export function App({ load = defaultLoad, today, win = window, store: given }: AppProps) {
  const [store] = useState(() => given ?? createAppStore(today ? { today } : {}));
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const [earlyLocale] = useState(() => parseUrlLocale(win.location.search));

  useEffect(() => {
    let cancelled = false;
    let detach: (() => void) | undefined;
    load().then(
      (r) => {
        if (cancelled) return;
        if (!r.ok) return setPhase({ name: 'error', error: r.error });
        store.getState().setDataset(r.value);
        detach = attachUrlSync(store, win);
        setPhase({ name: 'ready' });
      },
      (e: unknown) => {
        if (!cancelled) setPhase({ name: 'error', error: { kind: 'network', url: '', detail: String(e) } });
      },
    );
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [load, store, win]);

  if (phase.name === 'error') return <LoadErrorView error={phase.error} locale={earlyLocale} />;
  if (phase.name === 'loading')
    return (
      <p className="loading" role="status">
        {translate(earlyLocale, 'load.loading')}
      </p>
    );
  return (
    <StoreProvider store={store}>
      <Dashboard />
    </StoreProvider>
  );
}
