// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

const articles = () =>
  within(screen.getByRole('list', { name: /指标列表|Indicators/ })).getAllByRole('article');
const regions = () => within(screen.getByRole('group', { name: /^(地区|Region)$/ }));

describe('URL state', () => {
  it('follows the filters, with lists comma-separated', async () => {
    const { user } = await renderApp(makeSmallDataset());
    expect(window.location.search).toBe('');
    await user.click(regions().getByRole('checkbox', { name: /^重庆市/ }));
    await user.click(regions().getByRole('checkbox', { name: /^上海/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: '排序' }), 'name');
    expect(window.location.search).toBe('?region=chongqing,shanghai&sort=name');
    await user.type(screen.getByRole('searchbox'), '贷款');
    // a search is written once typing pauses
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('贷款'));
  });

  it('a link opens the same view', async () => {
    await renderApp(makeSmallDataset(), '/app/?region=shanghai&lang=en&asOf=2025-01-15&view=compact');
    expect(articles()).toHaveLength(1);
    expect(within(articles()[0] as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(
      'STAR Market listings',
    );
    expect(screen.getByLabelText('As of')).toHaveValue('2025-01-15');
    expect(screen.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
    expect(regions().getByRole('checkbox', { name: /^Shanghai/ })).toBeChecked();
    expect(window.location.pathname).toBe('/app/');
  });

  it('drops unknown ids, bad dates and markup with a dismissible notice', async () => {
    const { user } = await renderApp(
      makeSmallDataset(),
      '/?region=chongqing,atlantis&status=on-track,bogus&asOf=2025-13-45&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&foo=1',
    );
    const notice = screen.getAllByRole('status').find((el) => el.classList.contains('notice')) as HTMLElement;
    expect(notice).toHaveTextContent('链接中的以下参数无法识别，已忽略');
    for (const s of [
      'region=atlantis',
      'status=bogus',
      'asOf=2025-13-45',
      'q=<img src=x onerror=alert(1)>',
      'foo=1',
    ])
      expect(within(notice).getByText(s)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(window.location.search).toBe('?region=chongqing&status=on-track');
    await user.click(within(notice).getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByText('链接中的以下参数无法识别，已忽略')).toBeNull();
  });

  it('back (popstate) restores the previous view', async () => {
    const { user } = await renderApp(makeSmallDataset());
    await user.click(screen.getByRole('checkbox', { name: /科技信贷/ }));
    await user.click(screen.getByRole('checkbox', { name: /股权投资/ }));
    expect(articles()).toHaveLength(2);
    await act(async () => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.search).toBe('?topic=credit'));
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(screen.getByRole('checkbox', { name: /股权投资/ })).not.toBeChecked();
    await act(async () => {
      window.history.back();
    });
    await waitFor(() => expect(articles()).toHaveLength(5));
  });
});

describe('URL history while typing', () => {
  it('one history entry per search, not per keystroke', async () => {
    const { user } = await renderApp(makeSmallDataset());
    await user.click(regions().getByRole('checkbox', { name: /^重庆市/ }));
    await user.type(screen.getByRole('searchbox'), 'loan');
    await waitFor(() => expect(window.location.search).toBe('?region=chongqing&q=loan'));
    await act(async () => {
      window.history.back();
    });
    // one step back undoes the whole search, not its last letter
    await waitFor(() => expect(window.location.search).toBe('?region=chongqing'));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue(''));
  });
});
