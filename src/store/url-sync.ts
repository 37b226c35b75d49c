// Keeps the URL and the combined store in step: a state change pushes a history entry (replaces it while
// typing in the search box), and back/forward (popstate) restore the state from the URL.
import type { AppStore } from './app-store';
import type { AppState } from './store-types';
import { parseUrlState, serializeUrlState, urlStateToStore } from './url-state';

export interface HistoryLike {
  location: { search: string; pathname: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
}

/** Reads the URL into the store (reporting dropped values), then follows the store. Returns a detach function. */
export function attachUrlSync(store: AppStore, win: HistoryLike = window): () => void {
  const applyUrl = (initial: boolean) => {
    const { dataset, today } = store.getState();
    if (!dataset) return;
    const { state, dropped } = parseUrlState(win.location.search, dataset);
    store.setState({
      ...urlStateToStore(state, today),
      ...(initial || dropped.length ? { droppedParams: dropped } : {}),
    });
  };

  let restoring = false;
  applyUrl(true);
  // Show the canonical form of the URL (dropped values removed) without adding a history entry.
  const write = (mode: 'push' | 'replace', s: AppState) => {
    const search = serializeUrlState(s);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  write('replace', store.getState());

  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    const changed =
      s.filters !== prev.filters ||
      s.locale !== prev.locale ||
      s.asOf !== prev.asOf ||
      s.sort !== prev.sort ||
      s.density !== prev.density;
    if (!changed) return;
    // Typing in the search box replaces the entry (one history step per search, not per keystroke); the
    // first keystroke of a new search pushes, so back returns to the view before it.
    const onlyQuery =
      s.filters.q !== prev.filters.q &&
      prev.filters.q.trim() !== '' &&
      s.filters.region === prev.filters.region &&
      s.filters.topic === prev.filters.topic &&
      s.filters.doc === prev.filters.doc &&
      s.filters.status === prev.filters.status &&
      s.locale === prev.locale &&
      s.asOf === prev.asOf &&
      s.sort === prev.sort &&
      s.density === prev.density;
    write(onlyQuery ? 'replace' : 'push', s);
  });

  const onPop = () => {
    restoring = true;
    try {
      applyUrl(false);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
