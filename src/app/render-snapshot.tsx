// The build-time snapshot of the first screen (scripts/prerender.ts puts it into index.html): the page as
// the live app would first show it, rendered to HTML with the real dataset, as of the build day. Built
// with `vite build --ssr` so the build scripts never import React themselves.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { check, validateDataset, type LoadError, type RestOfDataset } from '../data/load-dataset';
import { isDatasetHead, orderHolds } from '../domain/dataset-head';
import type { Dataset } from '../domain/dataset-schema';
import { datasetHeadSchema, datasetPartSchema, joinParts, type DatasetPart } from '../domain/dataset-parts';
import type { Pending } from '../store/store-types';
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

/** The rest of the dataset as the server render sees it: never loaded there (no effect runs on a server). */
const SNAPSHOT_REST = (p: Pending): RestOfDataset => ({
  ...p,
  load: () =>
    Promise.resolve({ ok: false, error: { kind: 'network', url: '', detail: 'not on the server' } }),
});

type Checked<T> = Result<T, LoadError>;

function schemaError(what: string, r: Checked<unknown>): Result<never> {
  const issues = !r.ok && r.error.kind === 'schema' ? r.error.issues : [];
  return {
    ok: false,
    error: `${what} does not match the schema: ${issues
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ')}`,
  };
}

interface Loaded {
  /** What the page's first live render shows: the whole dataset, or its first part. */
  first: Dataset;
  pending: Pending | null;
  whole: Dataset;
}

/**
 * A dataset in one file, or a head and its parts (`parts`, read by the prerender). The first render is the
 * first part, under a header that says it is loading, exactly when the page will go live on it (main.tsx):
 * on a day the first part's order holds.
 */
function readDataset(json: unknown, parts: readonly unknown[], today: string): Result<Loaded> {
  if (!isDatasetHead(json)) {
    const parsed = validateDataset(json);
    return parsed.ok
      ? { ok: true, value: { first: parsed.value, pending: null, whole: parsed.value } }
      : schemaError('dataset', parsed);
  }
  const head = check(datasetHeadSchema, json, '');
  if (!head.ok) return schemaError('dataset head', head);
  const checked: DatasetPart[] = [];
  for (const [n, part] of parts.entries()) {
    const r = check(datasetPartSchema, part, '');
    if (!r.ok) return schemaError(`part ${n}`, r);
    checked.push(r.value);
  }
  if (checked.length !== head.value.parts.length)
    return { ok: false, error: `the head lists ${head.value.parts.length} parts, ${checked.length} given` };
  const whole = joinParts(head.value, checked);
  if (checked.length === 1 || !orderHolds(head.value.order, today))
    return { ok: true, value: { first: whole, pending: null, whole } };
  const first = joinParts(head.value, checked.slice(0, 1));
  const pending = { shown: first.indicators.length, total: head.value.indicatorCount };
  return { ok: true, value: { first, pending, whole } };
}

/**
 * Renders the default view (no filters, zh-CN, no imported figures) of `json` as of `today`; `parts`: the
 * part files a head lists, in order.
 */
export function renderSnapshot(
  json: unknown,
  today: string,
  parts: readonly unknown[] = [],
): Result<Snapshot> {
  const read = readDataset(json, parts, today);
  if (!read.ok) return read;
  const { first, pending, whole } = read.value;
  const store = createAppStore({ today, dataset: first, ...(pending ? { pending } : {}), storage: null });
  // The same element main.tsx hydrates, so the client's first render matches it node for node.
  const html = renderToString(
    <StrictMode>
      <App
        preloaded={{ ok: true, value: first, ...(pending ? { rest: SNAPSHOT_REST(pending) } : {}) }}
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
      // Over the whole: a status that changes anywhere may change the first screen.
      validUntil: snapshotValidUntil(whole, today),
      panels,
      loadingText: translator('zh-CN')('load.loading'),
      storageKeys: [STORAGE_KEY, LEGACY_KEY],
    },
  };
}
