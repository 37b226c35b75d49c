// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { installDomStubs } from '../support/dom-stubs';
import { renderApp } from '../support/render-app';
import { makeSmallDataset } from '../support/small-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';
import type { Dataset } from '../../src/domain/dataset-schema';
import { collapsedOptions, SHOWN_COLLAPSED } from '../../src/components/filters/OptionGroup';

beforeEach(installDomStubs);
afterEach(cleanup);

const panelNames = () =>
  within(screen.getByRole('list', { name: '指标列表' }))
    .getAllByRole('article')
    .map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading', { level: 3 }).textContent)
    .sort();

const filters = () => within(screen.getByRole('complementary', { name: '筛选' }));
const regions = () => within(screen.getByRole('group', { name: '地区' }));

describe('filters', () => {
  it('a topic filter changes the panels shown', async () => {
    const { user } = await renderApp(makeSmallDataset());
    await user.click(filters().getByRole('checkbox', { name: /科技信贷/ }));
    expect(panelNames()).toEqual(['科技型企业贷款余额']);
    expect(screen.getByText('显示 1 / 5 项指标')).toBeInTheDocument();
  });

  it('selecting 重庆市 includes the indicators of 重庆高新区 and says so', async () => {
    const { user } = await renderApp(makeSmallDataset());
    expect(filters().getByText('选择上级地区时包含其下辖地区')).toBeInTheDocument();
    await user.click(regions().getByRole('checkbox', { name: /^重庆市/ }));
    expect(panelNames()).toEqual(['股权投资基金规模', '科技型企业贷款余额', '金融业增加值'].sort());
    const child = regions().getByRole('checkbox', { name: /重庆高新区/ });
    expect(child).toBeChecked();
    expect(child).toBeDisabled();
  });

  it('a region with regions under it folds and unfolds them, by a drawn arrow with a full name', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const fold = regions().getByRole('button', { name: '收起重庆市的下辖地区' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    // An icon, not a character (▸ ▾ are missing from common CJK fonts and would fetch a font subset).
    expect(fold.textContent).toBe('');
    expect(fold.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    await user.click(fold);
    expect(regions().queryByRole('checkbox', { name: /重庆高新区/ })).toBeNull();
    const unfold = regions().getByRole('button', { name: '展开重庆市的下辖地区' });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await user.click(unfold);
    expect(regions().getByRole('checkbox', { name: /重庆高新区/ })).toBeInTheDocument();
  });

  it('each option shows how many indicators it would show', async () => {
    await renderApp(makeSmallDataset());
    // 成渝 = 重庆市 (1) + 重庆高新区 (2)
    expect(regions().getByRole('checkbox', { name: /^成渝地区\s*3$/ })).toBeInTheDocument();
    expect(regions().getByRole('checkbox', { name: /^重庆高新区\s*2$/ })).toBeInTheDocument();
    const statuses = within(filters().getByRole('group', { name: '状态' }));
    expect(statuses.getByRole('checkbox', { name: /^已实现\s*1$/ })).toBeInTheDocument();
  });

  it('free-text search matches names in both languages; clear filters resets', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const search = screen.getByRole('searchbox', { name: '搜索指标名称' });
    await user.type(search, 'star market');
    expect(panelNames()).toEqual(['科创板上市企业数量']);
    await user.clear(search);
    await user.type(search, '基金');
    expect(panelNames()).toEqual(['股权投资基金规模']);
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(panelNames()).toHaveLength(5);
    expect(search).toHaveValue('');
  });

  it('typing in the search box updates the count beside every option', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const topics = within(filters().getByRole('group', { name: '主题' }));
    const statuses = within(filters().getByRole('group', { name: '状态' }));
    const docs = within(filters().getByRole('group', { name: '来源文件' }));
    const header = within(screen.getByRole('group', { name: '按状态统计（点击筛选）' }));
    expect(topics.getByRole('checkbox', { name: /^科技信贷\s*1$/ })).toBeInTheDocument();
    expect(regions().getByRole('checkbox', { name: /^长三角\s*2$/ })).toBeInTheDocument();

    // Only 股权投资基金规模 (重庆高新区, 股权投资, the 重庆高新区 plan, 进展有限) matches.
    await user.type(screen.getByRole('searchbox'), '基金');
    expect(topics.getByRole('checkbox', { name: /^股权投资\s*1$/ })).toBeInTheDocument();
    expect(topics.getByRole('checkbox', { name: /^科技信贷\s*0$/ })).toBeInTheDocument();
    for (const region of ['成渝地区', '重庆市', '重庆高新区'])
      expect(regions().getByRole('checkbox', { name: new RegExp(`^${region}\\s*1$`) })).toBeInTheDocument();
    expect(regions().getByRole('checkbox', { name: /^长三角\s*0$/ })).toBeInTheDocument();
    expect(statuses.getByRole('checkbox', { name: /^进展有限\s*1$/ })).toBeInTheDocument();
    expect(statuses.getByRole('checkbox', { name: /^已实现\s*0$/ })).toBeInTheDocument();
    expect(docs.getByRole('checkbox', { name: /^重庆高新区金融发展“十四五”规划\s*1$/ })).toBeInTheDocument();
    expect(docs.getByRole('checkbox', { name: /试验区建设总体方案\s*0$/ })).toBeInTheDocument();
    expect(header.getByRole('button', { name: /进展有限/ })).toHaveTextContent(/1$/);
    expect(header.getByRole('button', { name: /已实现/ })).toHaveTextContent(/0$/);

    await user.clear(screen.getByRole('searchbox'));
    expect(topics.getByRole('checkbox', { name: /^科技信贷\s*1$/ })).toBeInTheDocument();
    expect(regions().getByRole('checkbox', { name: /^长三角\s*2$/ })).toBeInTheDocument();
    expect(header.getByRole('button', { name: /已实现/ })).toHaveTextContent(/1$/);
  });

  it('a panel that stays in the list is the same element after a filter change, not a new one', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const list = () => within(screen.getByRole('list', { name: '指标列表' }));
    const funds = list().getByRole('article', { name: '股权投资基金规模' });
    await user.type(screen.getByRole('searchbox'), '基金');
    expect(panelNames()).toEqual(['股权投资基金规模']);
    expect(list().getByRole('article', { name: '股权投资基金规模' })).toBe(funds);
    await user.clear(screen.getByRole('searchbox'));
    expect(panelNames()).toHaveLength(5);
    expect(list().getByRole('article', { name: '股权投资基金规模' })).toBe(funds);
  });

  it('the groups fold behind a button (for narrow screens) that names them and counts the ticked options', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const toggle = filters().getByRole('button', { name: '展开地区、主题、状态和来源文件' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const groups = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    // It controls the groups (CSS hides them on a narrow screen while folded), not the search box.
    expect(groups).not.toBeNull();
    expect(within(groups!).getByRole('group', { name: '地区' })).toBeInTheDocument();
    expect(within(groups!).queryByRole('searchbox')).toBeNull();
    expect(screen.getByRole('complementary', { name: '筛选' })).not.toHaveClass('filters--open');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('收起地区、主题、状态和来源文件');
    expect(screen.getByRole('complementary', { name: '筛选' })).toHaveClass('filters--open');

    await user.click(filters().getByRole('checkbox', { name: /科技信贷/ }));
    await user.click(regions().getByRole('checkbox', { name: /^重庆市/ }));
    expect(toggle).toHaveAccessibleName('收起地区、主题、状态和来源文件 已选 2 项');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('展开地区、主题、状态和来源文件 已选 2 项');
    // The search text is not a ticked option: the box stays in view beside the button.
    await user.type(filters().getByRole('searchbox'), '贷款');
    expect(toggle).toHaveAccessibleName('展开地区、主题、状态和来源文件 已选 2 项');
    await user.click(filters().getByRole('button', { name: '清除筛选' }));
    expect(toggle).toHaveAccessibleName('展开地区、主题、状态和来源文件');
  });

  it('a status count in the header filters by that status', async () => {
    const { user } = await renderApp(makeSmallDataset());
    const counts = within(screen.getByRole('group', { name: '按状态统计（点击筛选）' }));
    const limited = counts.getByRole('button', { name: /进展有限/ });
    expect(limited).toHaveTextContent('1');
    await user.click(limited);
    expect(limited).toHaveAttribute('aria-pressed', 'true');
    expect(panelNames()).toEqual(['股权投资基金规模']);
  });
});

describe('long option lists', () => {
  // 1,000 indicators: 25 source documents, more than a list shows before "show all".
  const many = () => makeSyntheticDataset({ indicators: 1000, regions: 20, seed: 7 });
  const docs = () => within(filters().getByRole('group', { name: '来源文件' }));
  const docNames = () =>
    docs()
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')!.textContent);

  it('collapsedOptions keeps the first ones and any checked one further down, in order', () => {
    const opts = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    expect(collapsedOptions(opts, [], 2).map((o) => o.id)).toEqual(['a', 'b']);
    expect(collapsedOptions(opts, ['e', 'b'], 2).map((o) => o.id)).toEqual(['a', 'b', 'e']);
    expect(collapsedOptions(opts, ['d'], 9).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a list of 25 documents shows its first 8 and a button for all; the button shows and hides the rest', async () => {
    const data = many();
    expect(data.documents).toHaveLength(25);
    const { user } = await renderApp(data);
    expect(docNames()).toHaveLength(SHOWN_COLLAPSED);
    expect(docNames()[0]).toMatch(/^科技金融发展工作方案（\d{4}—2027年）第1号\d+$/);
    const more = docs().getByRole('button', { name: '显示全部 25 项来源文件' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(docNames()).toHaveLength(25);
    expect(docNames()[24]).toMatch(/第25号\d+$/);
    const fewer = docs().getByRole('button', { name: '收起来源文件' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    // The visible words are the start of the name (what a voice-control user reads off the screen).
    expect(fewer.textContent).toBe('收起');
    await user.click(fewer);
    expect(docNames()).toHaveLength(SHOWN_COLLAPSED);
  });

  it('a ticked document further down stays in view when the list is collapsed (e.g. from a shared link)', async () => {
    const { user } = await renderApp(many(), '/?doc=doc20');
    expect(docNames()).toHaveLength(SHOWN_COLLAPSED + 1);
    const ticked = docs().getByRole('checkbox', { name: /第21号/ });
    expect(ticked).toBeChecked();
    // Unticked, its row stays where it is (it does not vanish from under the pointer) …
    await user.click(ticked);
    expect(docs().getByRole('checkbox', { name: /第21号/ })).not.toBeChecked();
    // … until the list is collapsed again.
    await user.click(docs().getByRole('button', { name: '显示全部 25 项来源文件' }));
    await user.click(docs().getByRole('button', { name: '收起来源文件' }));
    expect(docs().queryByRole('checkbox', { name: /第21号/ })).toBeNull();
    expect(docNames()).toHaveLength(SHOWN_COLLAPSED);
  });

  it('a document ticked while the list is open stays in view when it is collapsed', async () => {
    const { user } = await renderApp(many());
    await user.click(docs().getByRole('button', { name: '显示全部 25 项来源文件' }));
    await user.click(docs().getByRole('checkbox', { name: /第12号/ }));
    await user.click(docs().getByRole('button', { name: '收起来源文件' }));
    expect(docNames()).toHaveLength(SHOWN_COLLAPSED + 1);
    expect(docs().getByRole('checkbox', { name: /第12号/ })).toBeChecked();
  });

  it("the real dataset's lists are short enough to show whole (14 topics, 10 statuses, 5 documents)", async () => {
    const real = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Dataset;
    await renderApp(real);
    for (const [name, n] of [
      ['主题', 14],
      ['状态', 10],
      ['来源文件', 5],
    ] as const) {
      const group = within(filters().getByRole('group', { name }));
      expect(group.getAllByRole('checkbox')).toHaveLength(n);
      expect(group.queryByRole('button')).toBeNull();
    }
  });
});
