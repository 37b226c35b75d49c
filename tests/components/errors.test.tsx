// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { loadDataset } from '../../src/data/load-dataset';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';

// One indicator whose progress cannot be computed, to prove that its panel alone shows the error.
vi.mock('../../src/domain/progress', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/domain/progress')>();
  return {
    ...real,
    computeProgress: (...args: Parameters<typeof real.computeProgress>) => {
      if (args[0].id === 'hitech-funds') throw new Error('broken indicator');
      return real.computeProgress(...args);
    },
  };
});

beforeEach(installDomStubs);
afterEach(cleanup);

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

function renderWithFetch(fetchImpl: typeof fetch) {
  window.history.replaceState(null, '', '/');
  const load = () => loadDataset('http://localhost/data/indicators.json', fetchImpl);
  render(<App load={load} />);
}

describe('errors', () => {
  it('a bad indicator shows an error in its own panel; the others work', async () => {
    await renderApp(makeSmallDataset());
    const broken = screen.getByRole('article', { name: '股权投资基金规模' });
    expect(within(broken).getByRole('alert')).toHaveTextContent('此指标无法显示：broken indicator');
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.getByRole('article', { name: '科技型企业贷款余额' })).toHaveTextContent('按计划推进');
  });

  it('a failed fetch says so', async () => {
    renderWithFetch(respond('not found', 404));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '无法获取数据文件 http://localhost/data/indicators.json：HTTP 404',
    );
  });

  it('truncated JSON says so', async () => {
    renderWithFetch(respond(JSON.stringify(makeSmallDataset()).slice(0, 500)));
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件不是有效的 JSON');
  });

  it('a schema error lists the zod issues', async () => {
    const ds = makeSmallDataset() as unknown as { indicators: { unit: string }[]; schemaVersion: number };
    ds.indicators[0]!.unit = 'furlongs';
    renderWithFetch(respond(JSON.stringify(ds)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据文件不符合数据格式（共 1 处问题）');
    expect(within(alert).getByText('indicators.0.unit')).toBeInTheDocument();
  });

  it('a network failure says so', async () => {
    renderWithFetch(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
  });
});

describe('PanelErrorBoundary', () => {
  it('catches a render error and retries when its key changes', async () => {
    const { PanelErrorBoundary } = await import('../../src/components/panel/PanelErrorBoundary');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Boom({ fail }: { fail: boolean }): React.ReactNode {
      if (fail) throw new Error('boom');
      return <p>fine</p>;
    }
    const { rerender } = render(
      <PanelErrorBoundary resetKey="a" fallback={(e) => <p role="alert">{e.message}</p>}>
        <Boom fail />
      </PanelErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    rerender(
      <PanelErrorBoundary resetKey="b" fallback={(e) => <p role="alert">{e.message}</p>}>
        <Boom fail={false} />
      </PanelErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
    spy.mockRestore();
  });
});
