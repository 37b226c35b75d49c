import './zod-setup';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/panel.css';
import './styles/provenance.css';
import './styles/reports.css';
import './styles/snapshot.css';
import './styles/print.css';
import { App, type AppProps } from './app/App';
import { loadDataset } from './data/load-dataset';
import { yieldToMain } from './lib/yield-to-main';
import { createAppStore } from './store/app-store';
import { orderHolds } from './domain/dataset-head';
import { dateToIso } from './domain/period';

void import('./fonts');

function mount(root: HTMLElement, props: AppProps = {}) {
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

/**
 * The snapshot's form controls and disclosures as the snapshot rendered them. A visitor may tick a filter
 * or type a search before the app has arrived; the browser keeps that on screen, but the app's state (which
 * hydration takes the page to be in) is the snapshot's, so a box would stay ticked with nothing filtered.
 * They start again from the snapshot, as they did when the live page replaced it.
 */
function resetControls(container: HTMLElement) {
  for (const input of container.querySelectorAll('input')) {
    input.checked = input.defaultChecked;
    input.value = input.defaultValue;
  }
  for (const option of container.querySelectorAll('option')) option.selected = option.defaultSelected;
  // The snapshot renders every disclosure closed; one opened early would stay open and empty.
  for (const details of container.querySelectorAll('details')) details.open = false;
}

/**
 * Hydrate the build-time snapshot: the same element render-snapshot.tsx rendered, so React adopts the nodes
 * already on screen (the first paint stays the largest) instead of drawing them again. In a transition,
 * so the work is done in slices between frames. A mismatch (a dataset replaced after the build) makes
 * React render the page afresh, which is still right.
 */
function hydrate(container: HTMLElement, asOf: string, props: AppProps) {
  const html = document.documentElement;
  resetControls(container);
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <App {...props} snapshotAsOf={asOf} onLive={() => html.classList.remove('snapshot-later')} />
      </StrictMode>,
      {
        onRecoverableError: (error) =>
          console.error('The page was rendered afresh: it did not match its build-time snapshot.', error),
      },
    );
  });
}

/**
 * Start the page. In the build's index.html the starter adds this script (scripts/lib/snapshot-html.ts)
 * after the snapshot's first frame when the snapshot is shown, so nothing here waits for a frame; otherwise
 * at once, possibly before the body is parsed.
 */
function start() {
  const root = document.getElementById('root');
  if (!root) return;
  // index.html may carry the build-time snapshot of the first screen (scripts/prerender.ts). While it is
  // true for this visit (the inline guard in <head> says so), it stays on screen while the dataset loads,
  // then the live page hydrates it; otherwise the guard has hidden it already.
  const snapshot = root.querySelector<HTMLElement>(':scope > .snapshot[data-as-of]');
  const asOf = snapshot?.dataset.asOf;
  if (!snapshot || !asOf || !document.documentElement.classList.contains('snapshot-ok')) return mount(root);
  void (async () => {
    // The guard showed the snapshot: the default view, no imported figures. A dataset in parts goes live
    // on its first part when the snapshot was rendered so (render-snapshot.tsx) and today its order holds.
    const today = dateToIso(new Date());
    const preloaded = await loadDataset(undefined, undefined, yieldToMain, undefined, (order) =>
      [asOf, today].every((day) => orderHolds(order, day)),
    );
    if (!preloaded.ok) return mount(root, { preloaded });
    const store = createAppStore({ today: asOf, dataset: preloaded.value, pending: preloaded.rest });
    await store.derived.prepareFirstRender(store.getState(), yieldToMain);
    hydrate(snapshot, asOf, { preloaded, store });
  })();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
