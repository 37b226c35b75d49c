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
    void loadDataset().then((preloaded) => mount(root, { preloaded }));
  } else mount(root);
}
