// The build-time snapshot of the first screen (scripts/prerender.ts puts it into index.html): the page as
// the live app would first show it, rendered to HTML with the real dataset, as of the build day. Built
// with `vite build --ssr` so the build scripts never import React themselves.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { validateDataset } from '../data/load-dataset';
import { translator } from '../i18n/translate';
import { LEGACY_KEY, STORAGE_KEY } from '../import/import-storage';
import { snapshotValidUntil } from '../domain/snapshot-window';
import type { Result } from '../domain/types';
import { createAppStore } from '../store/app-store';
import type { HistoryLike } from '../store/url-sync';
import { App } from './App';
import type { Snapshot } from './snapshot';

/** The default view's address; the server has no history to keep in step. */
const SERVER_WINDOW: HistoryLike = {
  location: { search: '', pathname: '/', hash: '' },
  history: { pushState() {}, replaceState() {} },
  addEventListener() {},
  removeEventListener() {},
};

/** Renders the default view (no filters, zh-CN, no imported figures) of `json` as of `today`. */
export function renderSnapshot(json: unknown, today: string): Result<Snapshot> {
  const parsed = validateDataset(json);
  if (!parsed.ok) {
    const issues = parsed.error.kind === 'schema' ? parsed.error.issues : [];
    return {
      ok: false,
      error: `dataset does not match the schema: ${issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
    };
  }
  const store = createAppStore({ today, dataset: parsed.value, storage: null });
  // The same element main.tsx hydrates, so the client's first render matches it node for node.
  const html = renderToString(
    <StrictMode>
      <App
        preloaded={{ ok: true, value: parsed.value }}
        store={store}
        snapshotAsOf={today}
        win={SERVER_WINDOW}
      />
    </StrictMode>,
  );
  const panels = html.split('class="list-cell list-cell--snapshot"').length - 1;
  return {
    ok: true,
    value: {
      html,
      asOf: today,
      validUntil: snapshotValidUntil(parsed.value, today),
      panels,
      loadingText: translator('zh-CN')('load.loading'),
      storageKeys: [STORAGE_KEY, LEGACY_KEY],
    },
  };
}
