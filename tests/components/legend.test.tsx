// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

describe('the status legend', () => {
  it('opens from the header, explains every status and the thresholds, and gives focus back on Escape', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const opener = screen.getByRole('button', { name: '状态说明' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: '状态说明' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Focus moves into the dialog (in the effect after it renders: wait for it, not for a time).
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    for (const name of [
      '已实现',
      '按计划推进',
      '需加快',
      '进展有限',
      '倒退',
      '未达成',
      '结果待公布',
      '数据不足',
    ])
      expect(within(dialog).getByText(name)).toBeInTheDocument();
    expect(dialog).toHaveTextContent('R ≥ 0.95');
    expect(dialog).toHaveTextContent('0.60 ≤ R < 0.95');
    expect(within(dialog).getByRole('heading', { name: '推算' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: '截至日期' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = await renderApp(makeSmallDataset());
    await user.click(screen.getByRole('button', { name: '状态说明' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('opens from a badge at its status, in English too, and closes with its button', async () => {
    const { user, store } = await renderApp(makeSmallDataset());
    store.getState().setLocale('en');
    const panel = await screen.findByRole('article', { name: 'STAR Market listings' });
    const badge = within(panel).getByRole('button', { name: /^Achieved: / });
    await user.click(badge);
    const dialog = await screen.findByRole('dialog', { name: 'What the statuses mean' });
    const current = dialog.querySelector('[aria-current="true"]');
    expect(current).toHaveTextContent('Achieved');
    expect(current).toHaveTextContent('An actual meets the target');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(badge).toHaveFocus());
  });
});

describe('accessible names and the skip link', () => {
  it("a status badge's name carries the panel's reason", async () => {
    await renderApp(makeSmallDataset());
    const panel = screen.getByRole('article', { name: '科创板上市企业数量' });
    expect(
      within(panel).getByRole('button', { name: '已实现：实际值 65 家（2024年）已达到目标' }),
    ).toBeInTheDocument();
    const noBase = screen.getByRole('article', { name: '金融科技企业数量' });
    expect(
      within(noBase).getByRole('button', { name: '数据不足：尚无实际值，无法判断进度' }),
    ).toBeInTheDocument();
  });

  it('the first link skips to the panels, which can take focus', async () => {
    await renderApp(makeSmallDataset());
    const links = screen.getAllByRole('link');
    const skip = screen.getByRole('link', { name: '跳到指标面板' });
    expect(links[0]).toBe(skip);
    const target = document.getElementById(skip.getAttribute('href')!.slice(1));
    expect(target).not.toBeNull();
    expect(target).toContainElement(screen.getByRole('list', { name: '指标列表' }));
    expect(target).toHaveAttribute('tabindex', '-1');
  });
});
