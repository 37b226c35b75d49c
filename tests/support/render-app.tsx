// Renders the whole app against a given dataset and URL, with a fixed "today".
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import type { Dataset } from '../../src/domain/dataset-schema';
import { createAppStore } from '../../src/store/app-store';

export const TODAY = '2025-03-31';

export async function renderApp(dataset: Dataset, url = '/') {
  window.history.replaceState(null, '', url);
  const store = createAppStore({ today: TODAY, storage: null });
  const load = () => Promise.resolve({ ok: true as const, value: dataset });
  const user = userEvent.setup();
  const view = render(<App load={load} store={store} />);
  await screen.findByRole('main');
  return { ...view, store, user };
}
