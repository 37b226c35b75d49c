// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { installDomStubs } from '../../support/dom-stubs';
import { renderApp } from '../../support/render-app';
import { makeSmallDataset } from '../../support/small-dataset';

beforeEach(installDomStubs);
afterEach(cleanup);

/** The small dataset without its 长三角 indicators: the region keeps its document, with no figure in it. */
function withoutYrdFigures() {
  const ds = makeSmallDataset();
  ds.indicators = ds.indicators.filter((i) => i.id !== 'sh-listed' && i.id !== 'yrd-fintech');
  return ds;
}
const YRD_TITLE = '上海、南京、杭州、合肥、嘉兴科技创新和金融改革试验区建设总体方案';

describe('an empty list', () => {
  it('for a region with documents but no quantified figure, says so, names the document and opens it', async () => {
    const { user } = await renderApp(withoutYrdFigures(), '/?region=yrd');
    expect(screen.getByText('长三角有文件，但文件中没有量化的指标数据：')).toBeInTheDocument();
    expect(screen.queryByText('没有符合筛选条件的指标。')).toBeNull();
    const open = screen.getByRole('button', { name: `《${YRD_TITLE}》` });
    await user.click(open);
    const source = await screen.findByRole('dialog', { name: new RegExp(YRD_TITLE) });
    expect(source).toBeInTheDocument();
  });

  it('in English', async () => {
    await renderApp(withoutYrdFigures(), '/?region=yrd&lang=en');
    expect(
      screen.getByText('Yangtze River Delta has documents, but they give no quantified indicator:'),
    ).toBeInTheDocument();
  });

  it('a region with indicators, emptied by other filters, says only that nothing matches', async () => {
    await renderApp(makeSmallDataset(), '/?region=yrd&q=zzz');
    expect(screen.getByText('没有符合筛选条件的指标。')).toBeInTheDocument();
    expect(screen.queryByText(/没有量化的指标数据/)).toBeNull();
    expect(within(document.body).queryByRole('button', { name: `《${YRD_TITLE}》` })).toBeNull();
  });
});
