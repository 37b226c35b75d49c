// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedObservation } from '../../src/import/import-csv';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

const imported: ImportedObservation = {
  indicator: 'cq-loans',
  line: 2,
  role: 'actual',
  period: '2024-12',
  value: 1600,
  qualifier: '=',
  basis: 'level',
  userSupplied: true,
  source: { document: 'user-import', quote: '<img src=x onerror=alert(1)> 2024年统计公报', offset: 0 },
};

describe('a figure imported by the user', () => {
  it('becomes the latest actual, is tagged on the panel, changes the status and opens its note as text', async () => {
    const { store, user } = await renderApp(makeSmallDataset(), '/?q=Loans%20to%20tech');
    const panel = () => screen.getByRole('article', { name: '科技型企业贷款余额' });
    // 800 (2021) → 1,100 (2023) against ≥1,500 by 2025: R = 17.26 % / 17.02 % ≈ 1.01, on track.
    expect(within(panel()).getByText('按计划推进')).toBeInTheDocument();
    expect(within(panel()).queryByText('用户导入')).toBeNull();

    act(() => {
      store.getState().addImport('bulletin.csv', [imported]);
    });

    await waitFor(() => expect(within(panel()).getByText('用户导入')).toBeInTheDocument());
    // 1,600 亿元 meets the 2025 target of ≥1,500 亿元.
    await waitFor(() => expect(within(panel()).getByText('已实现')).toBeInTheDocument());
    await user.click(within(panel()).getByRole('button', { name: '1,600 亿元（用户导入），查看出处' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('用户导入的数据');
    expect(dialog.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)> 2024年统计公报');
    expect(dialog.querySelector('img')).toBeNull();
  });
});
