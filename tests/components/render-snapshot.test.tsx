// @vitest-environment jsdom
// The build-time snapshot (src/app/render-snapshot.tsx) must show what the live page first shows.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App, type AppProps } from '../../src/app/App';
import { renderSnapshot } from '../../src/app/render-snapshot';
import type { Dataset } from '../../src/domain/dataset-schema';
import { createAppStore } from '../../src/store/app-store';
import { installDomStubs } from '../support/dom-stubs';

beforeEach(installDomStubs);
afterEach(cleanup);

const dataset = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Dataset;
const TODAY = '2026-11-21';

function panelTexts(root: ParentNode) {
  return [...root.querySelectorAll('article.panel')].map((a) => ({
    title: a.querySelector('h3')?.textContent,
    status:
      a.querySelector('.status-badge')?.textContent ?? a.querySelector('[class*="status"]')?.textContent,
    figures: a.querySelector('.panel-figures')?.textContent,
    growth: a.querySelector('.panel-growth')?.textContent,
    reason: a.querySelector('.panel-reason')?.textContent,
  }));
}

/** The snapshot rendered as of TODAY, put in the page and hydrated by the live app with `props`. */
async function hydrateSnapshot(props: Partial<AppProps>) {
  const snap = renderSnapshot(dataset, TODAY);
  if (!snap.ok) throw new Error(snap.error);
  window.history.replaceState(null, '', '/');
  const container = document.createElement('div');
  container.innerHTML = snap.value.html;
  document.body.append(container);
  const before = {
    title: container.querySelector('h1'),
    figures: container.querySelector('article.panel .panel-figures')?.textContent,
  };
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(
      container,
      <StrictMode>
        <App preloaded={{ ok: true, value: dataset }} snapshotAsOf={TODAY} today={TODAY} {...props} />
      </StrictMode>,
      { onRecoverableError: (e) => errors.push(e) },
    ),
  );
  const close = () => {
    act(() => root.unmount());
    container.remove();
  };
  return { container, before, errors, close };
}

describe('renderSnapshot', () => {
  it('renders the first panels and the counts of the default view as the live page does', async () => {
    const snap = renderSnapshot(dataset, TODAY);
    if (!snap.ok) throw new Error(snap.error);
    expect(snap.value).toMatchObject({ asOf: TODAY, validUntil: '2027-12-31', panels: 4 });
    const doc = new DOMParser().parseFromString(`<div id="root">${snap.value.html}</div>`, 'text/html');
    const snapshotPanels = panelTexts(doc);
    expect(snapshotPanels).toHaveLength(4);
    expect(snapshotPanels[0]!.figures).toMatch(/\d/);

    window.history.replaceState(null, '', '/');
    const store = createAppStore({ today: TODAY, storage: null });
    render(<App preloaded={{ ok: true, value: dataset }} store={store} />);
    const list = await screen.findByRole('list', { name: '指标列表' });
    const live = panelTexts(list);
    const n = Math.min(live.length, snapshotPanels.length);
    expect(n).toBeGreaterThanOrEqual(4);
    // Same panels in the same order, with the same words and numbers.
    expect(snapshotPanels.slice(0, n)).toEqual(live.slice(0, n));
    // Same header: counts by status and the total.
    const counts = (root: ParentNode) => root.querySelector('.status-counts')?.textContent;
    expect(counts(doc)).toBe(counts(document));
    // The 2025 targets of 重庆高新区 have no actual after 2022: their results are awaited, not missed.
    expect(counts(doc)).toContain('未达成0');
    expect(counts(doc)).toContain('结果待公布8');
    // The as-of date, in a read-only text box that the live page turns into the date field.
    const date = doc.querySelector<HTMLInputElement>('.app-header input')!;
    expect(date.type).toBe('text');
    expect(date.readOnly).toBe(true);
    expect(date.getAttribute('value')).toBe(TODAY.replace(/-/g, '/'));
    expect(doc.querySelector(`label[for="${date.id}"]`)?.textContent).toBe('评估日期');
    expect(doc.querySelector('input[type="date"]')).toBeNull();
  });

  it('draws the search box but not the filter groups, which come with the live page', async () => {
    const snap = renderSnapshot(dataset, TODAY);
    if (!snap.ok) throw new Error(snap.error);
    const doc = new DOMParser().parseFromString(`<div id="root">${snap.value.html}</div>`, 'text/html');
    const aside = doc.querySelector('aside.filters')!;
    expect(aside.classList.contains('filters--pending')).toBe(true);
    expect(aside.querySelector('input[type="search"]')).not.toBeNull();
    expect(aside.querySelectorAll('input[type="checkbox"], fieldset')).toHaveLength(0);
    expect(aside.querySelector('.filters-pending')?.textContent).toBe('筛选项加载中…');

    const { container, errors, close } = await hydrateSnapshot({});
    expect(errors).toEqual([]);
    const live = await within(container).findByRole('group', { name: '来源文件' });
    expect(within(live).getAllByRole('checkbox')).toHaveLength(dataset.documents.length);
    expect(container.querySelector('.filters--pending, .filters-pending')).toBeNull();
    close();
  });

  it('is hydrated by the live page as it is: no node replaced, no mismatch; then the windowed list', async () => {
    const { container, before, errors, close } = await hydrateSnapshot({});
    expect(errors).toEqual([]);
    expect(container.querySelector('h1')).toBe(before.title);
    expect(before.title?.isConnected).toBe(true);
    // Live: the windowed list replaced the snapshot's grid, with the same first panel.
    await screen.findByRole('list', { name: '指标列表' });
    expect(container.querySelector('.list-cell--snapshot')).toBeNull();
    expect(container.querySelector('article.panel .panel-figures')?.textContent).toBe(before.figures);
    // The date field has come with it, under the same label.
    const date = screen.getByLabelText('评估日期');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveValue(TODAY);
    close();
  });

  it('hydrated on a later day of its window, moves to that day once hydrated, then says it is live', async () => {
    let live = 0;
    const { container, errors, close } = await hydrateSnapshot({
      today: '2026-11-23',
      onLive: () => live++,
    });
    await waitFor(() => expect(container.querySelector('input[type="date"]')).toHaveValue('2026-11-23'));
    expect(errors).toEqual([]);
    expect(live).toBe(1);
    expect(window.location.search).toBe('');
    close();
  });

  it('has placeholders, not suspended parts or scripts, where code loads on demand', () => {
    const snap = renderSnapshot(dataset, TODAY);
    if (!snap.ok) throw new Error(snap.error);
    expect(snap.value.html).not.toMatch(/<script|<template|\$RC|data-msg/);
    expect(snap.value.html).toContain('class="export-toolbar export-placeholder no-print"');
    expect(snap.value.storageKeys).toEqual(['scitech-dashboard:imports:v1', 'scitech-dashboard:imports']);
  });

  it('names the bad field of a dataset it cannot render', () => {
    const broken = { ...dataset, indicators: [{ ...dataset.indicators[0], unit: 42 }] };
    const snap = renderSnapshot(broken, TODAY);
    expect(snap.ok).toBe(false);
    if (!snap.ok) expect(snap.error).toMatch(/^dataset does not match the schema: indicators\.0\.unit: /);
  });
});
