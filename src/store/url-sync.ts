// Keeps the URL and the combined store in step: a state change pushes a history entry (replaces it while
// typing in the search box), and back/forward (popstate) restore the state from the URL.
//
// Typing is written to the URL once the typing pauses (QUERY_WRITE_DELAY), not on every keystroke: a
// history write costs a few milliseconds of the keystroke's frame, and no one reads the URL mid-word. Any
// other change writes at once (after the pending search, so back still returns to it), and so does leaving
// the page: the URL always ends up holding the final view.
import type { AppStore } from './app-store';
import type { AppState } from './store-types';
import { parseUrlState, serializeUrlState, urlStateToStore } from './url-state';

export interface HistoryLike {
  location: { search: string; pathname: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate' | 'pagehide', fn: () => void) => void;
  removeEventListener: (type: 'popstate' | 'pagehide', fn: () => void) => void;
}

/** How long typing must pause before the search is written to the URL (ms). */
export const QUERY_WRITE_DELAY = 400;

type Mode = 'push' | 'replace';

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
  const write = (mode: Mode, s: AppState) => {
    const search = serializeUrlState(s);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  write('replace', store.getState());

  // The search being typed, not yet written: the mode of its first keystroke (a new search pushes) and
  // the latest state.
  let pending: { mode: Mode; state: AppState; timer: ReturnType<typeof setTimeout> } | null = null;
  const flush = () => {
    if (!pending) return;
    const { mode, state, timer } = pending;
    clearTimeout(timer);
    pending = null;
    write(mode, state);
  };
  const cancel = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    const changed =
      s.filters !== prev.filters ||
      s.locale !== prev.locale ||
      s.asOf !== prev.asOf ||
      s.sort !== prev.sort ||
      s.density !== prev.density;
    if (!changed) return;
    const onlyQuery =
      s.filters.q !== prev.filters.q &&
      s.filters.region === prev.filters.region &&
      s.filters.topic === prev.filters.topic &&
      s.filters.doc === prev.filters.doc &&
      s.filters.status === prev.filters.status &&
      s.filters.draft === prev.filters.draft &&
      s.locale === prev.locale &&
      s.asOf === prev.asOf &&
      s.sort === prev.sort &&
      s.density === prev.density;
    if (!onlyQuery) {
      flush();
      write('push', s);
      return;
    }
    // Typing in the search box replaces the entry (one history step per search, not per keystroke); the
    // first keystroke of a new search pushes, so back returns to the view before it.
    const mode: Mode = pending?.mode ?? (prev.filters.q.trim() !== '' ? 'replace' : 'push');
    if (pending) clearTimeout(pending.timer);
    pending = { mode, state: s, timer: setTimeout(flush, QUERY_WRITE_DELAY) };
  });

  const onPop = () => {
    // The browser has moved to another entry: a search not yet written belongs to the view left behind.
    cancel();
    restoring = true;
    try {
      applyUrl(false);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', flush);
  };
}
