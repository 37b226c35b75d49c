// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

const order = () =>
  within(screen.getByRole('list', { name: /指标列表|Indicators/ }))
    .getAllByRole('listitem')
    .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
    .map((li) => within(li).getByRole('heading', { level: 3 }).textContent);

describe('language switch', () => {
  it('switches UI text, names, statuses and number formats', async () => {
    const { user } = await renderApp(makeSmallDataset());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('科技金融指标看板');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sci-tech Finance Indicators');
    expect(document.documentElement.lang).toBe('en');
    const panel = screen.getByRole('article', { name: 'Loans to tech firms' });
    expect(within(panel).getByText('Baseline')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: /^80 bn yuan, show source$/ })).toBeInTheDocument();
    const funds = screen.getByRole('article', { name: 'Equity fund volume' });
    expect(within(funds).getByText('Limited progress')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search indicator names' })).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('article', { name: '科技型企业贷款余额' })).toBeInTheDocument();
  });
});

describe('sorting', () => {
  it('orders by status (most urgent first), by name, by gap and by deadline', async () => {
    const { user } = await renderApp(makeSmallDataset());
    // as of 2025-03-31: funds limited progress, GVA and loans on track (then by pinyin: jīn < kē),
    // listings achieved, fintech no baseline
    expect(order()).toEqual([
      '股权投资基金规模',
      '金融业增加值',
      '科技型企业贷款余额',
      '科创板上市企业数量',
      '金融科技企业数量',
    ]);
    const sort = screen.getByRole('combobox', { name: '排序' });
    await user.selectOptions(sort, 'name');
    const names = order();
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    await user.selectOptions(sort, 'gap');
    expect(order()[0]).toBe('股权投资基金规模'); // 190 of 300 missing: the largest share
    expect(order().at(-1)).toBe('金融科技企业数量'); // no gap: last
    await user.selectOptions(sort, 'deadline');
    expect(order()).toHaveLength(5);
    expect(window.location.search).toBe('?sort=deadline');
  });

  it('a status badge carries words and a shape, not colour alone', async () => {
    await renderApp(makeSmallDataset());
    const panel = screen.getByRole('article', { name: '股权投资基金规模' });
    const badge = within(panel).getByText('进展有限').closest('.status-badge')!;
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(within(panel).getByText(/已实现增速为所需增速的/)).toBeInTheDocument();
  });
});
