import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/layout.css';
import './styles/filters.css';
import './styles/panel.css';
import './styles/provenance.css';
import './styles/reports.css';
import './styles/snapshot.css';
import { App, type AppProps } from './app/App';
import { loadDataset } from './data/load-dataset';

void import('./fonts');

function mount(root: HTMLElement, props: AppProps = {}) {
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) {
  // index.html may carry the build-time snapshot of the first screen (scripts/prerender.ts). While it is
  // true for this visit (the inline guard in <head> says so), it stays on screen until the dataset is
  // loaded, then the live page replaces it in one commit; otherwise the guard has hidden it already.
  const snapshotShown =
    root.hasAttribute('data-snapshot') && !document.documentElement.classList.contains('snapshot-stale');
  if (snapshotShown) {
    // Let the browser paint the snapshot first: parsing, validating and rendering the dataset keep the main
    // thread busy, and a frame would otherwise wait for them. (The dataset is already downloading: see the
    // preload in index.html.) The timer covers a tab in the background, where frames do not come.
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void loadDataset().then((preloaded) => mount(root, { preloaded }));
    };
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 500);
  } else mount(root);
}
