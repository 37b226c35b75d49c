// @vitest-environment jsdom
// The 待核 count in the header toggles the 待核 filter, which the sidebar shows as a checkbox and the URL as
// draft=1; where nothing is a draft, neither is drawn.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WholeDataset } from '../../src/domain/dataset-schema';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

/** cq-loans has one draft figure (2023); hitech-funds is a draft indicator. Three others are reviewed. */
function withDrafts(): WholeDataset {
  const dataset = makeSmallDataset();
  for (const indicator of dataset.indicators) {
    if (indicator.id === 'cq-loans')
      indicator.observations = indicator.observations.map((o) =>
        o.period === '2023' ? { ...o, draft: true } : o,
      );
    if (indicator.id === 'hitech-funds') indicator.draft = true;
  }
  return dataset;
}

const panelNames = () =>
  within(screen.getByRole('list', { name: /指标列表|Indicators/ }))
    .getAllByRole('article')
    .map((a) => a.getAttribute('aria-label') ?? within(a).getByRole('heading', { level: 3 }).textContent)
    .sort();
const statusCounts = () => within(screen.getByRole('group', { name: /按状态统计|by status/ }));

describe('the 待核 count and filter', () => {
  it('the header count toggles the filter, in the list, the sidebar and the URL', async () => {
    const { user } = await renderApp(withDrafts());
    expect(panelNames()).toHaveLength(5);
    const count = statusCounts().getByRole('button', { name: '待核 2' });
    expect(count).toHaveAttribute('aria-pressed', 'false');
    const box = screen.getByRole('checkbox', { name: /^只看待核/ });
    expect(box).not.toBeChecked();

    await user.click(count);
    expect(panelNames()).toEqual(['科技型企业贷款余额', '股权投资基金规模'].sort());
    expect(count).toHaveAttribute('aria-pressed', 'true');
    expect(box).toBeChecked();
    expect(window.location.search).toBe('?draft=1');

    await user.click(count);
    expect(panelNames()).toHaveLength(5);
    expect(window.location.search).toBe('');
  });

  it('the sidebar checkbox does the same, and clearing the filters turns it off', async () => {
    const { user } = await renderApp(withDrafts(), '/?lang=en');
    await user.click(screen.getByRole('checkbox', { name: /^Only unreviewed drafts/ }));
    expect(panelNames()).toEqual(['Equity fund volume', 'Loans to tech firms']);
    expect(statusCounts().getByRole('button', { name: 'Unreviewed 2' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(panelNames()).toHaveLength(5);
    expect(screen.getByRole('checkbox', { name: /^Only unreviewed drafts/ })).not.toBeChecked();
  });

  it('a link with draft=1 opens the filtered view', async () => {
    await renderApp(withDrafts(), '/?draft=1&topic=credit');
    expect(panelNames()).toEqual(['科技型企业贷款余额']);
    expect(statusCounts().getByRole('button', { name: '待核 2' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('draws nothing where nothing is a draft', async () => {
    await renderApp(makeSmallDataset());
    expect(screen.queryByText(/待核/)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /待核/ })).toBeNull();
    expect(statusCounts().queryByRole('button', { name: /待核/ })).toBeNull();
    expect(document.querySelector('.draft-count')).toBeNull();
  });
});
