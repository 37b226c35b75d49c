// Renders the whole app against a given dataset and URL, with a fixed "today".
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import type { Dataset } from '../../src/domain/dataset-schema';
import { createAppStore, type StoreOptions } from '../../src/store/app-store';

export const TODAY = '2025-03-31';

const READY_MS = 15_000;

export async function renderApp(
  dataset: Dataset,
  url = '/',
  options: Pick<StoreOptions, 'loadDocument'> = {},
) {
  window.history.replaceState(null, '', url);
  const store = createAppStore({ today: TODAY, storage: null, ...options });
  const load = () => Promise.resolve({ ok: true as const, value: dataset });
  const user = userEvent.setup();
  document.title = '';
  const view = render(<App load={load} store={store} />);
  // Conditions, not times: preparing 5,000 indicators takes well over testing-library's default 1 s on a
  // busy 2-core machine; the limit only comes into play when the page never gets there.
  await screen.findByRole('main', undefined, { timeout: READY_MS });
  // The page is ready once the effects of its first commit have run (the list's scroll listener and store
  // subscriptions among them); the dashboard's own effect sets the title in that same flush. On a busy
  // machine they can run a moment after the DOM is there.
  await waitFor(() => expect(document.title).not.toBe(''), { timeout: READY_MS });
  return { ...view, store, user };
}
