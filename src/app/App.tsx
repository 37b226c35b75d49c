import { startTransition, useEffect, useState } from 'react';
import type { Dataset } from '../domain/dataset-schema';
import type { Result } from '../domain/types';
import { loadDataset, type LoadError } from '../data/load-dataset';
import { yieldToMain } from '../lib/yield-to-main';
import { markOnce } from '../lib/perf-marks';
import { translator } from '../i18n/translate';
import { createAppStore, type AppStore } from '../store/app-store';
import { StoreProvider } from '../store/store-context';
import { attachUrlSync, type HistoryLike } from '../store/url-sync';
import { parseUrlLocale } from '../store/url-state';
import { SnapshotContext } from '../components/common/snapshot-context';
import { SnapshotList } from '../components/list/SnapshotList';
import { dateToIso } from '../domain/period';
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
  /**
   * The page carries the build-time snapshot of the first screen, judged as of this day (YYYY-MM-DD): the
   * first render repeats it exactly (same day, same first panels, placeholders for what loads later), so
   * React hydrates its nodes instead of replacing them; then the page goes live (the windowed list, the
   * real day if it is a later one).
   */
  snapshotAsOf?: string;
  /** Called once the page has gone live after hydrating the snapshot. */
  onLive?: () => void;
}

type Phase = { name: 'loading' } | { name: 'error'; error: LoadError } | { name: 'ready' };

const defaultLoad = () => loadDataset(undefined, undefined, yieldToMain);

export function App({
  load = defaultLoad,
  preloaded,
  today,
  win = window,
  store: given,
  snapshotAsOf,
  onLive,
}: AppProps) {
  const [store] = useState(() => {
    const day = snapshotAsOf ?? today;
    const dataset = preloaded?.ok ? preloaded.value : undefined;
    if (!given) return createAppStore({ ...(day ? { today: day } : {}), ...(dataset ? { dataset } : {}) });
    if (dataset && given.getState().dataset !== dataset) given.getState().setDataset(dataset);
    return given;
  });
  const [phase, setPhase] = useState<Phase>(() => {
    if (!preloaded) return { name: 'loading' };
    return preloaded.ok ? { name: 'ready' } : { name: 'error', error: preloaded.error };
  });
  const [earlyLocale] = useState(() => parseUrlLocale(win.location.search));
  const [live, setLive] = useState(snapshotAsOf === undefined);

  useEffect(() => {
    if (snapshotAsOf === undefined) return;
    // Hydrated: now the live list, in a transition (rendered in slices, the snapshot stays until it commits).
    startTransition(() => setLive(true));
    // On a later day of the snapshot's window, move to that day once its progress is ready.
    let cancelled = false;
    const realToday = today ?? dateToIso(new Date());
    const state = store.getState();
    const day = { today: realToday, asOf: realToday };
    const ready =
      realToday === state.today
        ? Promise.resolve()
        : store.derived.prepareFirstRender({ ...state, ...day }, yieldToMain).then(() => {
            if (!cancelled) store.setState(day);
          });
    void ready.then(() => {
      if (!cancelled) onLive?.();
    });
    return () => {
      cancelled = true;
    };
  }, [snapshotAsOf, onLive, store, today]);

  useEffect(() => {
    if (preloaded) return preloaded.ok ? attachUrlSync(store, win) : undefined;
    let cancelled = false;
    let detach: (() => void) | undefined;
    load().then(
      async (r) => {
        if (cancelled) return;
        if (!r.ok) return setPhase({ name: 'error', error: r.error });
        store.getState().setDataset(r.value);
        detach = attachUrlSync(store, win);
        await store.derived.prepareFirstRender(store.getState(), yieldToMain);
        if (!cancelled) setPhase({ name: 'ready' });
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
    if (phase.name === 'ready') markOnce('app-ready');
  }, [phase.name]);

  if (phase.name === 'error') return <LoadErrorView error={phase.error} locale={earlyLocale} />;
  if (phase.name === 'loading')
    return (
      <p className="loading" role="status">
        {translator(earlyLocale)('load.loading')}
      </p>
    );
  return (
    <SnapshotContext.Provider value={!live}>
      <StoreProvider store={store}>
        <Dashboard list={live ? undefined : <SnapshotList />} />
      </StoreProvider>
    </SnapshotContext.Provider>
  );
}
