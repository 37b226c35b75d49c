// @vitest-environment jsdom
// A dataset in parts, live on its first part (docs/boot.md): nothing on the page counts, filters, sorts or
// exports the first part as if it were the whole; the whole comes in one store update; a failing part is said
// and what is shown stays. The snapshot shows the same loading state, and the live page hydrates it as it is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App, firstPartOk } from '../../src/app/App';
import { renderSnapshot } from '../../src/app/render-snapshot';
import type { LoadError, LoadResult, RestOfDataset } from '../../src/data/load-dataset';
import { splitDataset } from '../../src/domain/catalogue/split-dataset';
import { joinParts } from '../../src/domain/dataset-parts';
import type { Dataset, DatasetHead } from '../../src/domain/dataset-schema';
import type { Result } from '../../src/domain/types';
import { snapshotValidUntil } from '../../src/domain/snapshot-window';
import { createAppStore } from '../../src/store/app-store';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';
import { installDomStubs } from '../support/dom-stubs';

beforeEach(installDomStubs);
afterEach(cleanup);

const TODAY = '2025-06-30';
const built = makeSyntheticDataset({ indicators: 230, regions: 12, seed: 9 });
const files = splitDataset(built, (json) => `h${json.length}`, { asOf: TODAY, firstPart: 10, partSize: 100 });
const head = files.index as DatasetHead;
const parts = files.parts.map((p) => p.part);
const first = joinParts(head, parts.slice(0, 1));
const whole = joinParts(head, parts);

const LOADING = '正在加载数据… 10 / 230';
const COUNTS = '按状态统计（点击筛选）';

/** The rest of the dataset, arriving when the test says. */
function controlledRest() {
  let settle!: (r: Result<Dataset, LoadError>) => void;
  const arrived = new Promise<Result<Dataset, LoadError>>((resolve) => (settle = resolve));
  let asked = 0;
  const rest: RestOfDataset = {
    shown: 10,
    total: 230,
    load: () => {
      asked++;
      return arrived;
    },
  };
  return { rest, settle: (r: Result<Dataset, LoadError>) => act(async () => settle(r)), asked: () => asked };
}

function renderPartial(rest: RestOfDataset) {
  window.history.replaceState(null, '', '/');
  const store = createAppStore({ today: TODAY, storage: null });
  const preloaded: LoadResult = { ok: true, value: first, rest };
  render(<App preloaded={preloaded} store={store} today={TODAY} />);
  return store;
}

function expectNothingCountedOverThePart() {
  expect(screen.getByText(LOADING)).toHaveAttribute('role', 'status');
  expect(screen.queryByRole('group', { name: COUNTS })).toBeNull();
  // The toolbar: the part shown, of the whole's total (never of the part's own).
  expect(screen.getByText('显示 10 / 230 项指标')).toBeInTheDocument();
  expect(screen.getByText('共 230 项指标')).toBeInTheDocument();
  expect(screen.queryByText('来源文件')).toBeNull();
  expect(screen.getByRole('combobox', { name: '排序' })).toBeDisabled();
  expect(screen.getByRole('searchbox', { name: '搜索指标名称' })).toBeDisabled();
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  expect(screen.getByText('筛选项加载中…')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '导出 CSV' })).toBeNull();
  expect(screen.getByLabelText('评估日期')).toHaveAttribute('readonly');
}

describe('a dataset live on its first part', () => {
  it('says it is loading instead of counting, and keeps filters, sort, date and exports until the whole', async () => {
    const { rest, settle, asked } = controlledRest();
    const store = renderPartial(rest);
    await screen.findByRole('list', { name: '指标列表' });
    expectNothingCountedOverThePart();
    expect(asked()).toBe(1);

    let datasetUpdates = 0;
    store.subscribe((s, prev) => {
      if (s.dataset !== prev.dataset) {
        datasetUpdates++;
        expect(s.pending).toBeNull();
      }
    });
    await settle({ ok: true, value: whole });
    const counts = await screen.findByRole('group', { name: COUNTS }, { timeout: 10_000 });
    const sum = within(counts)
      .getAllByRole('button')
      .map((b) => Number(b.querySelector('.status-count-n')?.textContent?.replace(/\D/g, '') || 0))
      .reduce((a, b) => a + b, 0);
    expect(sum).toBe(230);
    expect(datasetUpdates).toBe(1);
    expect(screen.queryByText(LOADING)).toBeNull();
    expect(screen.getByText('显示 230 / 230 项指标')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '搜索指标名称' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: '排序' })).toBeEnabled();
    expect(await screen.findByRole('group', { name: '来源文件' })).toBeInTheDocument();
  });

  it('says so when the rest fails to load, and keeps the first part on screen, still not counted', async () => {
    const { rest, settle } = controlledRest();
    const store = renderPartial(rest);
    const list = await screen.findByRole('list', { name: '指标列表' });
    const panelsBefore = list.querySelectorAll('article.panel').length;
    await settle({ ok: false, error: { kind: 'network', url: 'parts/2.h1.json', detail: 'HTTP 404' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法获取数据文件 parts/2.h1.json：HTTP 404');
    expect(screen.getByText('显示 10 / 230 项指标')).toBeInTheDocument();
    expect(store.getState().dataset).toBe(first);
    expect(list.querySelectorAll('article.panel').length).toBe(panelsBefore);
    expect(screen.queryByRole('group', { name: COUNTS })).toBeNull();
    expect(screen.getByRole('searchbox', { name: '搜索指标名称' })).toBeDisabled();
  });
});

describe('the snapshot of a dataset in parts', () => {
  it('shows the loading state, judged over the whole for its window, and is hydrated as it is', async () => {
    const snap = renderSnapshot(head, TODAY, parts);
    if (!snap.ok) throw new Error(snap.error);
    expect(snap.value.validUntil).toBe(snapshotValidUntil(whole, TODAY));
    expect(snap.value.html).toContain(LOADING);
    expect(snap.value.html).not.toContain(COUNTS);
    // The first panel is the whole view's first: the build ordered the first part as the list does.
    const container = document.createElement('div');
    container.innerHTML = snap.value.html;
    document.body.append(container);
    const firstTitle = container.querySelector('article.panel h3')?.textContent;
    expect(firstTitle).toBe(parts[0]!.indicators[0]!.name.zh);
    const { rest, settle } = controlledRest();
    const errors: unknown[] = [];
    const store = createAppStore({
      today: TODAY,
      storage: null,
      dataset: first,
      pending: { shown: 10, total: 230 },
    });
    const root = await act(async () =>
      hydrateRoot(
        container,
        <StrictMode>
          <App
            preloaded={{ ok: true, value: first, rest }}
            store={store}
            snapshotAsOf={TODAY}
            today={TODAY}
          />
        </StrictMode>,
        { onRecoverableError: (e) => errors.push(e) },
      ),
    );
    await screen.findByRole('list', { name: '指标列表' });
    expect(errors).toEqual([]);
    await settle({ ok: true, value: whole });
    await waitFor(() => expect(store.getState().pending).toBeNull(), { timeout: 10_000 });
    act(() => root.unmount());
    container.remove();
  });

  it('renders the whole when the first part does not hold on its day (the page then waits for the whole)', () => {
    const later = head.order.until!;
    const snap = renderSnapshot(head, later, parts);
    if (!snap.ok) throw new Error(snap.error);
    expect(snap.value.html).not.toContain('正在加载数据');
    expect(snap.value.html).toContain(COUNTS);
  });
});

describe('when a visit may go live on the first part', () => {
  const order = head.order;
  it('only in the default view (the language aside), with no imported figures, on a day the order holds', () => {
    const store = createAppStore({ today: TODAY, storage: null });
    expect(firstPartOk('', store, TODAY)(order)).toBe(true);
    expect(firstPartOk('?lang=en', store, TODAY)(order)).toBe(true);
    for (const search of ['?q=贷款', '?region=r1', '?sort=name', '?asOf=2025-01-01', '?draft=1'])
      expect(firstPartOk(search, store, TODAY)(order), search).toBe(false);
    expect(firstPartOk('', store, order.until!)(order)).toBe(false);
    expect(firstPartOk('', store, '2025-06-29')(order)).toBe(false);
    store.setState({ imports: [{} as never] });
    expect(firstPartOk('', store, TODAY)(order)).toBe(false);
  });
});
