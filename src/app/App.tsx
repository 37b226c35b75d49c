import { startTransition, useEffect, useState } from 'react';
import type { DatasetHead } from '../domain/dataset-schema';
import { orderHolds } from '../domain/dataset-head';
import {
  loadDataset,
  type FirstPartOk,
  type LoadError,
  type LoadResult,
  type RestOfDataset,
} from '../data/load-dataset';
import { yieldToMain } from '../lib/yield-to-main';
import { markOnce } from '../lib/perf-marks';
import { translator } from '../i18n/translate';
import { createAppStore, type AppStore } from '../store/app-store';
import { StoreProvider } from '../store/store-context';
import { attachUrlSync, type HistoryLike } from '../store/url-sync';
import { loadErrorDetail } from '../store/slices';
import { parseUrlLocale } from '../store/url-state';
import { SnapshotContext } from '../components/common/snapshot-context';
import { SnapshotList } from '../components/list/SnapshotList';
import { dateToIso } from '../domain/period';
import { Dashboard } from './Dashboard';
import { LoadErrorView } from './LoadErrorView';

export interface AppProps {
  /** `firstPartOk`: whether this visit may go live on a dataset's first part (a default view, no imports). */
  load?: (firstPartOk: FirstPartOk) => Promise<LoadResult>;
  /**
   * The dataset, already loaded (main.tsx loads it before the first render when the page carries the
   * build-time snapshot, so the snapshot is replaced by the live page at once, never by a loading line).
   */
  preloaded?: LoadResult;
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

const defaultLoad = (firstPartOk: FirstPartOk) =>
  loadDataset(undefined, undefined, yieldToMain, undefined, firstPartOk);

/** The URL asks for a view of its own (anything but the language): it waits for the whole dataset. */
const viewInUrl = (search: string) => [...new URLSearchParams(search).keys()].some((k) => k !== 'lang');

/**
 * May the page go live on the first part of a dataset in parts? Only where that part is what the view
 * shows first: the default view (no filters, the status sort, no imported figures) on a day its order holds.
 */
export function firstPartOk(search: string, store: AppStore, today: string) {
  return (order: DatasetHead['order']) =>
    !viewInUrl(search) && store.getState().imports.length === 0 && orderHolds(order, today);
}

/**
 * Loads the rest of a dataset in parts in the background and puts the whole in the store in one update,
 * its progress and order computed first (in slices), so no render counts or sorts it half done. A failure
 * is shown (the header) and what is shown stays.
 */
function completeDataset(store: AppStore, rest: RestOfDataset, cancelled: () => boolean): void {
  void rest.load(yieldToMain).then(async (r) => {
    if (cancelled()) return;
    if (!r.ok) {
      const error = { url: r.error.url, detail: loadErrorDetail(r.error) };
      store.setState((s) => (s.pending ? { pending: { ...s.pending, error } } : {}));
      return;
    }
    await store.derived.prepareFirstRender({ ...store.getState(), dataset: r.value }, yieldToMain);
    if (cancelled()) return;
    store.getState().setDataset(r.value);
    markOnce('dataset-complete');
  });
}

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
    // The rest of a dataset in parts is the store's `pending` (its shown and total) until it arrives.
    const pending = preloaded?.rest ?? null;
    if (!given)
      return createAppStore({
        ...(day ? { today: day } : {}),
        ...(dataset ? { dataset } : {}),
        ...(pending ? { pending } : {}),
      });
    if (dataset && given.getState().dataset !== dataset) given.getState().setDataset(dataset, pending);
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

  // The rest of a dataset in parts, loaded once the page is live (after hydrating the snapshot, if any).
  const [rest, setRest] = useState(preloaded?.rest);

  useEffect(() => {
    if (preloaded) return preloaded.ok ? attachUrlSync(store, win) : undefined;
    let cancelled = false;
    let detach: (() => void) | undefined;
    load(firstPartOk(win.location.search, store, today ?? dateToIso(new Date()))).then(
      async (r) => {
        if (cancelled) return;
        if (!r.ok) return setPhase({ name: 'error', error: r.error });
        store.getState().setDataset(r.value, r.rest);
        detach = attachUrlSync(store, win);
        await store.derived.prepareFirstRender(store.getState(), yieldToMain);
        if (cancelled) return;
        setRest(r.rest);
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
  }, [load, preloaded, store, win, today]);

  // Timing mark for the benchmark (npm run bench): the live page has replaced the snapshot or the loading line.
  useEffect(() => {
    if (phase.name === 'ready') markOnce('app-ready');
  }, [phase.name]);

  // Once live on the first part of a dataset in parts: the rest, in the background.
  useEffect(() => {
    if (phase.name !== 'ready' || !live) return;
    if (!rest) return markOnce('dataset-complete');
    let cancelled = false;
    completeDataset(store, rest, () => cancelled);
    return () => {
      cancelled = true;
    };
  }, [phase.name, live, rest, store]);

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
