import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '../../src/store/url-state';
import { EMPTY_FILTERS } from '../../src/store/store-types';
import { makeSmallDataset } from '../support/small-dataset';

const ds = makeSmallDataset();
const TODAY = '2025-03-31';

describe('parseUrlState', () => {
  it.each([
    ['', { filters: EMPTY_FILTERS, locale: 'zh-CN', asOf: null, sort: 'status', density: 'detailed' }, []],
    ['?region=chongqing,shanghai', { filters: { ...EMPTY_FILTERS, region: ['chongqing', 'shanghai'] } }, []],
    ['?region=chongqing&region=yrd', { filters: { ...EMPTY_FILTERS, region: ['chongqing', 'yrd'] } }, []],
    ['?region=chongqing,chongqing,', { filters: { ...EMPTY_FILTERS, region: ['chongqing'] } }, []],
    ['?region=mars', { filters: EMPTY_FILTERS }, ['region=mars']],
    [
      '?topic=credit,nope&doc=cq-plan',
      { filters: { ...EMPTY_FILTERS, topic: ['credit'], doc: ['cq-plan'] } },
      ['topic=nope'],
    ],
    ['?status=achieved,on-track', { filters: { ...EMPTY_FILTERS, status: ['achieved', 'on-track'] } }, []],
    ['?status=great', { filters: EMPTY_FILTERS }, ['status=great']],
    // Links from before the status set changed: 已逾期 became 未达成 and 结果待公布.
    ['?status=deadline-passed', { filters: { ...EMPTY_FILTERS, status: ['missed', 'awaiting-result'] } }, []],
    [
      '?status=missed,deadline-passed',
      { filters: { ...EMPTY_FILTERS, status: ['missed', 'awaiting-result'] } },
      [],
    ],
    ['?q=%E8%B4%B7%E6%AC%BE', { filters: { ...EMPTY_FILTERS, q: '贷款' } }, []],
    ['?q=%3Cscript%3E', { filters: EMPTY_FILTERS }, ['q=<script>']],
    ['?q=a%00b', { filters: EMPTY_FILTERS }, ['q=a\u0000b']],
    ['?lang=en', { locale: 'en' }, []],
    ['?lang=fr', { locale: 'zh-CN' }, ['lang=fr']],
    ['?asOf=2024-02-29', { asOf: '2024-02-29' }, []],
    ['?asOf=2023-02-29', { asOf: null }, ['asOf=2023-02-29']],
    ['?asOf=yesterday', { asOf: null }, ['asOf=yesterday']],
    ['?asOf=9999-01-01', { asOf: null }, ['asOf=9999-01-01']],
    ['?sort=gap&view=compact', { sort: 'gap', density: 'compact' }, []],
    ['?sort=random&view=huge', { sort: 'status', density: 'detailed' }, ['sort=random', 'view=huge']],
    ['?utm_source=mail', {}, ['utm_source=mail']],
  ])('%s', (search, expected, dropped) => {
    const r = parseUrlState(search, ds);
    expect(r.state).toMatchObject(expected);
    expect(r.dropped).toEqual(dropped);
  });

  it('shortens very long dropped values in the notice', () => {
    const r = parseUrlState(`?region=${'x'.repeat(500)}`, ds);
    expect(r.dropped[0]!.length).toBeLessThan(80);
  });
});

describe('serializeUrlState', () => {
  const base = {
    filters: EMPTY_FILTERS,
    locale: 'zh-CN',
    asOf: TODAY,
    today: TODAY,
    sort: 'status',
    density: 'detailed',
  } as const;
  it.each([
    [base, ''],
    [
      { ...base, filters: { ...EMPTY_FILTERS, region: ['chongqing', 'shanghai'] } },
      '?region=chongqing,shanghai',
    ],
    [
      { ...base, filters: { ...EMPTY_FILTERS, q: '贷款 余额' } },
      '?q=%E8%B4%B7%E6%AC%BE%20%E4%BD%99%E9%A2%9D',
    ],
    [{ ...base, filters: { ...EMPTY_FILTERS, q: '   ' } }, ''],
    [
      { ...base, locale: 'en', asOf: '2025-01-01', sort: 'name', density: 'compact' },
      '?lang=en&asOf=2025-01-01&sort=name&view=compact',
    ],
  ] as const)('%#', (state, expected) => {
    expect(
      serializeUrlState({
        ...state,
        filters: { ...state.filters, region: [...state.filters.region], topic: [], doc: [], status: [] },
      }),
    ).toBe(expected);
  });

  it('round-trips through parse', () => {
    const state = {
      ...base,
      filters: {
        region: ['yrd'],
        topic: ['credit', 'equity'],
        doc: ['yrd-plan'],
        status: ['achieved' as const],
        q: 'star',
      },
      locale: 'en' as const,
      sort: 'deadline' as const,
    };
    const parsed = parseUrlState(serializeUrlState(state), ds);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.state.filters).toEqual(state.filters);
    expect(parsed.state.locale).toBe('en');
    expect(parsed.state.sort).toBe('deadline');
  });
});
