// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { splitDocuments } from '../../src/domain/catalogue/split-dataset';
import type { LoadDocument } from '../../src/data/load-document';
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

describe('provenance of a split dataset (documents in files of their own)', () => {
  const { index, documents } = splitDocuments(makeSmallDataset(), (json) => String(json.length));
  const files = new Map(documents.map((d) => [d.path, d.file]));

  /** A loader the test releases by hand, counting its calls. */
  function deferredLoader() {
    const calls: string[] = [];
    let release: (r: Awaited<ReturnType<LoadDocument>>) => void = () => {};
    const load: LoadDocument = (doc) => {
      calls.push(doc.id);
      return new Promise((resolve) => (release = resolve));
    };
    return { calls, load, release: (r: Awaited<ReturnType<LoadDocument>>) => release(r) };
  }

  it('fetches nothing until a number is clicked, then shows the text from the document file', async () => {
    const loader = deferredLoader();
    const { user } = await renderApp(index, '/', { loadDocument: loader.load });
    expect(loader.calls).toEqual([]);
    const panel = screen.getByRole('article', { name: '科技型企业贷款余额' });
    await user.click(within(panel).getByRole('button', { name: /^800 亿元，查看出处$/ }));
    const dialog = screen.getByRole('dialog', { name: '《重庆高新区金融发展“十四五”规划》' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('正在载入文件原文…');
    expect(dialog.querySelector('mark')).toBeNull();
    const doc = index.documents.find((d) => d.id === loader.calls[0])!;
    loader.release({ ok: true, value: files.get(doc.textFile!)! });
    await waitFor(() => expect(dialog.querySelector('mark')).not.toBeNull());
    expect(dialog.querySelector('mark')!.textContent).toBe('2021年末全市科技型企业贷款余额800亿元');
    expect(within(dialog).getAllByRole('button', { name: /已采用/ }).length).toBeGreaterThan(0);
    expect(loader.calls).toEqual([doc.id]);
  });

  it('says why the text could not be loaded, and loads it on retry', async () => {
    const loader = deferredLoader();
    const { user } = await renderApp(index, '/', { loadDocument: loader.load });
    const panel = screen.getByRole('article', { name: '科技型企业贷款余额' });
    await user.click(within(panel).getByRole('button', { name: /^800 亿元，查看出处$/ }));
    const dialog = screen.getByRole('dialog');
    loader.release({ ok: false, error: { kind: 'network', url: 'x', detail: 'HTTP 404' } });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('文件原文未能载入（HTTP 404）。');
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(loader.calls).toHaveLength(2);
    const doc = index.documents.find((d) => d.id === loader.calls[1])!;
    loader.release({ ok: true, value: files.get(doc.textFile!)! });
    await waitFor(() => expect(dialog.querySelector('mark')).not.toBeNull());
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
