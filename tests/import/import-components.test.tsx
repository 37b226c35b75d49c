// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../src/components/import/ImportPanel';
import { ImportPanelConnected } from '../../src/components/import/ImportPanelConnected';
import { IMPORT_COLUMNS } from '../../src/import/import-csv';
import { STORAGE_KEY, type StorageLike } from '../../src/import/import-storage';
import { createAppStore } from '../../src/store/app-store';
import { selectProgressMap } from '../../src/store/selectors';
import { StoreProvider } from '../../src/store/store-context';
import { makeSmallDataset } from '../support/small-dataset';

afterEach(cleanup);

const dataset = makeSmallDataset();
const HEADER = IMPORT_COLUMNS.join(',');

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** The connected panel with the template's download caught. */
function ImportPanelConnectedWithSave({ save }: { save: (data: string) => void }) {
  return <ImportPanelConnected save={save} />;
}

function setup() {
  const storage = memoryStorage();
  const store = createAppStore({ today: '2025-06-30', dataset, storage });
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <ImportPanelConnected />
    </StoreProvider>,
  );
  return { store, storage, user };
}

const csvFile = (text: string | Uint8Array, name = 'new.csv') =>
  new File([typeof text === 'string' ? text : (text.slice().buffer as ArrayBuffer)], name, {
    type: 'text/csv',
  });

describe('ImportPanel', () => {
  it('previews good and bad rows with their lines, stores the good ones on confirm, and progress uses them', async () => {
    const { store, storage, user } = setup();
    const text = `${HEADER}\ncq-loans,actual,2024,1600,,,2024年统计公报\nbogus,actual,2024,1,,,x\nsh-listed,actual,2025,1e3,,,y\n`;
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(text));

    expect(await screen.findByText('new.csv：1 行可导入，2 行有问题。')).toBeInTheDocument();
    const good = screen.getByRole('table', { name: '可导入的行' });
    expect(within(good).getAllByRole('row')).toHaveLength(2);
    expect(
      within(good).getByRole('row', { name: /^2 科技型企业贷款余额 实际 2024 1600/ }),
    ).toBeInTheDocument();
    const bad = screen.getByRole('table', { name: '有问题的行' });
    expect(within(bad).getByRole('row', { name: /^3 指标 "bogus" 不在数据集中/ })).toBeInTheDocument();
    expect(within(bad).getByRole('row', { name: /^4 数值 "1e3" 无效/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '确认导入 1 行' }));
    expect(screen.getByText('已导入 1 行。')).toBeInTheDocument();
    expect(store.getState().imports).toHaveLength(1);
    expect(storage.data.has(STORAGE_KEY)).toBe(true);
    const entry = selectProgressMap(store.getState(), store.derived).get('cq-loans');
    expect(entry?.ok && entry.progress.latest?.value).toBe(1600);
    expect(entry?.ok && entry.progress.latest?.observation.userSupplied).toBe(true);

    const list = screen.getByRole('list', { name: '已导入的数据' });
    expect(within(list).getByText(/^new\.csv（1 行，/)).toBeInTheDocument();
  });

  it('removes one file, one row, or everything', async () => {
    const { store, user } = setup();
    store.getState().addImport('a.csv', [
      {
        indicator: 'cq-loans',
        line: 2,
        role: 'actual',
        period: '2024',
        value: 1,
        qualifier: '=',
        basis: 'level',
        userSupplied: true,
        source: { document: 'user-import', quote: 'n', offset: 0 },
      },
      {
        indicator: 'cq-loans',
        line: 3,
        role: 'actual',
        period: '2023-06',
        value: 2,
        qualifier: '=',
        basis: 'level',
        userSupplied: true,
        source: { document: 'user-import', quote: 'n', offset: 0 },
      },
    ]);
    store.getState().addImport('b.csv', [
      {
        indicator: 'sh-listed',
        line: 2,
        role: 'actual',
        period: '2025',
        value: 70,
        qualifier: '=',
        basis: 'level',
        userSupplied: true,
        source: { document: 'user-import', quote: 'n', offset: 0 },
      },
    ]);
    await screen.findByRole('button', { name: '删除导入 b.csv（1 行）' });
    await user.click(screen.getByRole('button', { name: '删除导入 b.csv（1 行）' }));
    expect(store.getState().imports.map((b) => b.fileName)).toEqual(['a.csv']);
    await user.click(screen.getByText('查看各行'));
    await user.click(screen.getByRole('button', { name: '删除第 3 行' }));
    expect(store.getState().imports[0]!.observations.map((o) => o.line)).toEqual([2]);
    // "Remove all" asks first; cancelling keeps everything.
    await user.click(screen.getByRole('button', { name: '删除全部导入数据' }));
    const ask = screen.getByRole('alertdialog', { name: '删除全部导入数据' });
    expect(ask).toHaveTextContent('删除全部 1 行已导入数据？此操作不能撤销。');
    await waitFor(() => expect(within(ask).getByRole('button', { name: '取消' })).toHaveFocus());
    await user.click(within(ask).getByRole('button', { name: '取消' }));
    expect(store.getState().imports).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: '删除全部导入数据' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: '删除全部导入数据' }));
    await user.click(screen.getByRole('button', { name: '确认全部删除' }));
    expect(store.getState().imports).toEqual([]);
    expect(screen.getByText('尚未导入数据。')).toBeInTheDocument();
  });

  it('shows hostile cells as text and runs nothing', async () => {
    const { user } = setup();
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const text = `${HEADER}\ncq-loans,actual,2024,1,,,"<img src=x onerror=alert(1)>"\ncq-loans,actual,2023,1,,,"=HYPERLINK(""http://evil"",""x"")"\n<b>bold</b>,actual,2024,1,,,n\n`;
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(text));
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('=HYPERLINK("http://evil","x")')).toBeInTheDocument();
    expect(screen.getByText(/指标 "<b>bold<\/b>" 不在数据集中/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  it('reads a GBK file saved by Excel', async () => {
    const { user } = setup();
    const bytes = new Uint8Array(
      iconv.encode(`${HEADER}\r\ncq-loans,actual,2024,1350,,,重庆市统计公报\r\n`, 'gbk'),
    );
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(bytes, '统计.csv'));
    expect(await screen.findByText('重庆市统计公报')).toBeInTheDocument();
    expect(screen.getByText('统计.csv：1 行可导入，0 行有问题。')).toBeInTheDocument();
  });

  it('refuses an unusable file with a message and changes nothing stored', async () => {
    const { store, storage, user } = setup();
    store.getState().addImport('keep.csv', [
      {
        indicator: 'cq-loans',
        line: 2,
        role: 'actual',
        period: '2024',
        value: 1,
        qualifier: '=',
        basis: 'level',
        userSupplied: true,
        source: { document: 'user-import', quote: 'n', offset: 0 },
      },
    ]);
    const before = storage.data.get(STORAGE_KEY);
    await user.upload(
      screen.getByLabelText('选择 CSV 文件'),
      csvFile('indicator,value\ncq-loans,1\n', 'bad.csv'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '无法导入 bad.csv：缺少列：role, period, source_note',
    );
    expect(screen.queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();
    expect(storage.data.get(STORAGE_KEY)).toBe(before);
  });

  it('accepts a dropped file', async () => {
    setup();
    const file = csvFile(`${HEADER}\ncq-loans,actual,2024,1600,,,公报\n`, 'dropped.csv');
    fireEvent.drop(screen.getByRole('group', { name: '拖放 CSV 文件的区域' }), {
      dataTransfer: { files: [file] },
    });
    expect(await screen.findByText('dropped.csv：1 行可导入，0 行有问题。')).toBeInTheDocument();
  });

  it('offers the template as a download', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(
      <ImportPanel
        dataset={dataset}
        locale="en"
        imports={[]}
        onConfirm={() => true}
        onRemove={() => {}}
        onRemoveObservation={() => {}}
        onRemoveAll={() => {}}
        save={save}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download the import template CSV' }));
    // Alone, with no view to list, the template gives an example row per role.
    expect(save).toHaveBeenCalledWith(
      expect.stringMatching(
        /^\uFEFFindicator,name,region,unit,latest_period,role,period,value,qualifier,basis,source_note\r\nindicator-id,/,
      ),
      'import-template.csv',
      'text/csv;charset=utf-8',
    );
    // Each column's allowed values are explained.
    await user.click(screen.getByText('What each column takes'));
    expect(screen.getByText('Blank for =; or >= (at least), > (more than), <=, <, ~ (about).')).toBeVisible();
    expect(screen.getByText('actual or target.')).toBeVisible();
  });

  it("pre-fills the template with the current view's indicators, their region, unit and latest period", async () => {
    const { store, user } = setup();
    store.getState().setFilterValues('region', ['shanghai']);
    const save = vi.fn();
    cleanup();
    render(
      <StoreProvider store={store}>
        <ImportPanelConnectedWithSave save={save} />
      </StoreProvider>,
    );
    await user.click(screen.getByRole('button', { name: '下载导入模板 CSV' }));
    const csv = save.mock.calls[0]![0] as string;
    expect(csv.split('\r\n').slice(1)).toEqual(['sh-listed,科创板上市企业数量,上海,家,2024,actual,,,,,', '']);
  });

  it('warns before importing rows that repeat stored ones, and accepts a unique Chinese name', async () => {
    const { user } = setup();
    const first = `${HEADER}\ncq-loans,actual,2024,1600,,,公报\n`;
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(first, 'a.csv'));
    await user.click(await screen.findByRole('button', { name: '确认导入 1 行' }));
    const again = `${HEADER}\n科技型企业贷款余额,actual,2024,1650,,,更正\nsh-listed,actual,2025,70,,,公报\n`;
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(again, 'b.csv'));
    expect(await screen.findByText('b.csv：2 行可导入，0 行有问题。')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 行与已保存的导入数据重复（同一指标、类型、期间和口径）：第 2 行。',
    );
  });

  it('the saved line goes when the rows it speaks of are removed', async () => {
    const { store, user } = setup();
    await user.upload(
      screen.getByLabelText('选择 CSV 文件'),
      csvFile(`${HEADER}\ncq-loans,actual,2024,1600,,,公报\n`, 'a.csv'),
    );
    await user.click(await screen.findByRole('button', { name: '确认导入 1 行' }));
    expect(screen.getByText('已导入 1 行。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除导入 a.csv（1 行）' }));
    expect(store.getState().imports).toEqual([]);
    expect(screen.queryByText('已导入 1 行。')).toBeNull();
  });

  it('skips template rows left unfilled and says so', async () => {
    const { user } = setup();
    const text = `indicator,name,role,period,value,qualifier,basis,source_note\ncq-loans,贷款,actual,,,,,\nsh-listed,上市,actual,2025,70,,,公报\n`;
    await user.upload(screen.getByLabelText('选择 CSV 文件'), csvFile(text, 't.csv'));
    expect(
      await screen.findByText('t.csv：1 行可导入，0 行有问题。1 行未填写，已跳过。'),
    ).toBeInTheDocument();
  });

  it('says when the browser refused to store, keeping the preview', async () => {
    const user = userEvent.setup();
    render(
      <ImportPanel
        dataset={dataset}
        locale="en"
        imports={[]}
        onConfirm={() => false}
        onRemove={() => {}}
        onRemoveObservation={() => {}}
        onRemoveAll={() => {}}
      />,
    );
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      csvFile(`${HEADER}\ncq-loans,actual,2024,1,,,n\n`),
    );
    await user.click(await screen.findByRole('button', { name: 'Import 1 row' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not be saved'));
    expect(screen.getByRole('table', { name: 'Rows to import' })).toBeInTheDocument();
  });
});
