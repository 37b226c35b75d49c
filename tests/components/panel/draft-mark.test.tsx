// @vitest-environment jsdom
// A draft figure (the drafter's, not reviewed) says 待核 / Unreviewed beside it and in its button's name, and
// still opens its quote; a draft indicator's panel says it too; reviewed figures say nothing of the kind.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WholeDataset } from '../../../src/domain/dataset-schema';
import { installDomStubs } from '../../support/dom-stubs';
import { renderApp } from '../../support/render-app';
import { makeSmallDataset } from '../../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

/** The small dataset with cq-loans' latest actual (2023: 1,100 亿元) a draft, and hitech-funds a draft indicator. */
function withDrafts(): WholeDataset {
  const dataset = makeSmallDataset();
  for (const indicator of dataset.indicators) {
    if (indicator.id === 'cq-loans')
      indicator.observations = indicator.observations.map((o) =>
        o.period === '2023' ? { ...o, draft: true } : o,
      );
    if (indicator.id === 'hitech-funds') {
      indicator.draft = true;
      indicator.observations = indicator.observations.map((o) => ({ ...o, draft: true }));
    }
  }
  return dataset;
}

describe('the 待核 mark', () => {
  it('marks a draft figure in words and in its name, and its provenance still opens the quote', async () => {
    const { user } = await renderApp(withDrafts(), '/?q=Loans%20to%20tech');
    const panel = screen.getByRole('article', { name: '科技型企业贷款余额' });
    expect(within(panel).getAllByText('待核')).toHaveLength(1);
    // The panel itself is no draft: the mark stands beside the figure, not in the panel's header.
    expect(panel.querySelector('.panel-meta')).not.toHaveTextContent('待核');
    await user.click(within(panel).getByRole('button', { name: '1,100 亿元（待核），查看出处' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('mark')?.textContent).toBe('2023年末科技型企业贷款余额达到1100亿元');
    // The reviewed baseline and target carry no mark.
    expect(within(panel).getByRole('button', { name: '800 亿元，查看出处' })).toBeInTheDocument();
  });

  it('marks a draft indicator on its panel, in English too', async () => {
    await renderApp(withDrafts(), '/?q=Equity%20fund&lang=en');
    const panel = screen.getByRole('article', { name: 'Equity fund volume' });
    expect(panel.querySelector('.panel-meta')).toHaveTextContent('Unreviewed');
    expect(within(panel).getAllByRole('button', { name: /（Unreviewed）, show source$/ }).length).toBe(3);
  });

  it('says nothing of the kind where nothing is a draft', async () => {
    await renderApp(makeSmallDataset(), '/?q=Loans%20to%20tech');
    const panel = screen.getByRole('article', { name: '科技型企业贷款余额' });
    expect(within(panel).queryByText('待核')).toBeNull();
  });
});
