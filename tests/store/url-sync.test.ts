import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/store/app-store';
import { attachUrlSync, QUERY_WRITE_DELAY, type HistoryLike } from '../../src/store/url-sync';
import { makeSmallDataset } from '../support/small-dataset';

/** A window whose history is a list of entries, recording each write. */
function fakeWindow(search = '') {
  const entries = [search];
  let at = 0;
  const writes: string[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const location = { pathname: '/app/', hash: '', search };
  const go = (url: string) => new URL(url, 'http://x').search;
  const win: HistoryLike = {
    location,
    history: {
      pushState: (_d: unknown, _t: string, url?: string | URL | null) => {
        const s = go(String(url));
        entries.splice(at + 1, entries.length, s);
        at += 1;
        location.search = s;
        writes.push(`push ${s}`);
      },
      replaceState: (_d: unknown, _t: string, url?: string | URL | null) => {
        const s = go(String(url));
        entries[at] = s;
        location.search = s;
        writes.push(`replace ${s}`);
      },
    },
    addEventListener: (type, fn) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener: (type, fn) => listeners.get(type)?.delete(fn),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((fn) => fn());
  return {
    win,
    writes,
    entries: () => entries.slice(0, at + 1),
    back: () => {
      at -= 1;
      location.search = entries[at]!;
      fire('popstate');
    },
    fire,
  };
}

const setup = (search = '') => {
  const store = createAppStore({ today: '2025-03-31', dataset: makeSmallDataset(), storage: null });
  const w = fakeWindow(search);
  const detach = attachUrlSync(store, w.win);
  return { store, ...w, detach, type: (q: string) => store.getState().setQuery(q) };
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('URL sync while typing', () => {
  it('writes a search once typing pauses: one new entry for the whole word', () => {
    const { type, writes, entries } = setup();
    for (const q of ['l', 'lo', 'loa', 'loan']) {
      type(q);
      vi.advanceTimersByTime(QUERY_WRITE_DELAY - 1);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['push ?q=loan']);
    expect(entries()).toEqual(['', '?q=loan']);
  });

  it('going on with a search after a pause replaces its entry instead of adding one', () => {
    const { type, writes, entries } = setup();
    type('loan');
    vi.advanceTimersByTime(QUERY_WRITE_DELAY);
    type('loans');
    vi.advanceTimersByTime(QUERY_WRITE_DELAY);
    expect(writes).toEqual(['push ?q=loan', 'replace ?q=loans']);
    expect(entries()).toEqual(['', '?q=loans']);
  });

  it('typing a word and deleting it before the pause leaves the URL and history alone', () => {
    const { type, writes } = setup();
    type('x');
    type('');
    vi.advanceTimersByTime(QUERY_WRITE_DELAY);
    expect(writes).toEqual([]);
  });

  it('another change writes the pending search first, then itself, so back returns to the search', () => {
    const { store, type, writes, entries, back } = setup();
    type('loan');
    store.getState().toggleFilter('topic', 'credit');
    expect(writes).toEqual(['push ?q=loan', 'push ?topic=credit&q=loan']);
    vi.advanceTimersByTime(QUERY_WRITE_DELAY);
    expect(writes).toHaveLength(2); // nothing left to write
    back();
    expect(entries()).toEqual(['', '?q=loan']);
    expect(store.getState().filters).toMatchObject({ topic: [], q: 'loan' });
  });

  it('leaving the page or detaching writes the search at once', () => {
    const a = setup();
    a.type('fund');
    a.fire('pagehide');
    expect(a.writes).toEqual(['push ?q=fund']);
    const b = setup('?lang=en');
    b.type('fund');
    b.detach();
    expect(b.writes).toEqual(['push ?q=fund&lang=en']);
    b.type('funds'); // detached: no longer followed
    vi.advanceTimersByTime(QUERY_WRITE_DELAY);
    expect(b.writes).toHaveLength(1);
  });

  it('back while a search is pending restores the earlier view and drops the search', () => {
    const { store, type, writes, back } = setup();
    store.getState().toggleFilter('topic', 'credit');
    type('loan');
    back();
    vi.advanceTimersByTime(QUERY_WRITE_DELAY);
    expect(writes).toEqual(['push ?topic=credit']);
    expect(store.getState().filters).toMatchObject({ topic: [], q: '' });
  });
});
