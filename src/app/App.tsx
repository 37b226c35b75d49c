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
  /**
   * The dataset, already loaded (main.tsx loads it before the first render when the page carries the
   * build-time snapshot, so the snapshot is replaced by the live page at once, never by a loading line).
   */
  preloaded?: Result<Dataset, LoadError>;
  /** Today's date (YYYY-MM-DD); tests fix it. */
  today?: string;
  /** The window whose URL mirrors the view. */
  win?: HistoryLike;
  /** A prepared store (tests); otherwise one is created. */
  store?: AppStore;
}

type Phase = { name: 'loading' } | { name: 'error'; error: LoadError } | { name: 'ready' };

const defaultLoad = () => loadDataset();

export function App({ load = defaultLoad, preloaded, today, win = window, store: given }: AppProps) {
  const [store] = useState(() => {
    const s = given ?? createAppStore(today ? { today } : {});
    if (preloaded?.ok) s.getState().setDataset(preloaded.value);
    return s;
  });
  const [phase, setPhase] = useState<Phase>(() => {
    if (!preloaded) return { name: 'loading' };
    return preloaded.ok ? { name: 'ready' } : { name: 'error', error: preloaded.error };
  });
  const [earlyLocale] = useState(() => parseUrlLocale(win.location.search));

  useEffect(() => {
    if (preloaded) return preloaded.ok ? attachUrlSync(store, win) : undefined;
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
  }, [load, preloaded, store, win]);

  // Timing mark for the benchmark (npm run bench): the live page has replaced the snapshot or the loading line.
  useEffect(() => {
    if (phase.name === 'ready' && performance.getEntriesByName('app-ready').length === 0)
      performance.mark('app-ready');
  }, [phase.name]);

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
