// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

describe('provenance panel', () => {
  it('clicking a number opens its document with exactly the quote highlighted; Esc closes and focus returns', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const panel = screen.getByRole('article', { name: '科技型企业贷款余额' });
    const baseline = within(panel).getByRole('button', { name: /^800 亿元，查看出处$/ });
    await user.click(baseline);

    const dialog = screen.getByRole('dialog', { name: '《重庆高新区金融发展“十四五”规划》' });
    expect(within(dialog).getByText('重庆高新区管委会办公室')).toBeInTheDocument();
    expect(within(dialog).getByText('2022-07-04')).toBeInTheDocument();
    const marks = dialog.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('2021年末全市科技型企业贷款余额800亿元');
    expect(within(dialog).getByRole('button', { name: '关闭出处面板' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(baseline).toHaveFocus();
  });

  it("lists the document's other figures with their status, and jumps to one", async () => {
    const { user } = await renderApp(makeSmallDataset());
    const panel = screen.getByRole('article', { name: '金融业增加值' });
    // A growth-rate target reads as a rate, with the implied level beside it.
    const target = within(panel).getByRole('button', { name: /年均增速 8%以上，查看出处/ });
    expect(within(panel).getByText(/对应水平/)).toBeInTheDocument();
    await user.click(target);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('mark')!.textContent).toBe('金融业增加值年均增速8%以上');

    const figures = within(within(dialog).getByRole('region', { name: '本文件中的其他数字' }));
    const ignored = figures.getByRole('button', { name: /约30家.*已忽略/ });
    expect(figures.getAllByRole('button', { name: /已采用/ }).length).toBeGreaterThan(3);
    // Numbers that are not quantities (a phone number) are not listed as figures.
    expect(figures.queryByRole('button', { name: /63151723/ })).toBeNull();
    await user.click(ignored);
    expect(dialog.querySelector('mark')!.textContent).toBe('约30家');
    await user.click(within(dialog).getByRole('button', { name: '关闭出处面板' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renders document text as text, never as markup', async () => {
    const ds = makeSmallDataset();
    const doc = ds.documents[0]!;
    const evil = '<img src=x onerror="window.__pwned=1">';
    doc.text = doc.text + evil;
    const { user } = await renderApp(ds);
    await user.click(screen.getAllByRole('button', { name: /800 亿元，查看出处/ })[0]!);
    expect(screen.getByRole('dialog')).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
  });
});
