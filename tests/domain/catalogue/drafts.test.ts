// The drafter's rows in the build: read with the catalogue's schemas, checked like its rows, put in the
// dataset marked draft (待核), left out where the catalogue already covers them, every problem as file:line.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { inputFrom, validTables, withLine, type Tables } from '../../support/build-fixture';

const OBS_HEADER = 'indicator,role,period,value,qualifier,basis,since,document,quote,note\n';
const IND_HEADER = 'id,name_zh,name_en,region,topic,unit,measure,direction,note\n';
const YOY = 'tech-loan,actual,2024-06,42.4,=,yoy,,doc-a,同比增长42.4%,draft: continues tech-loan\n';
/** The catalogue without its yoy row (line 3): that figure is left to the drafter. */
const withoutYoy: Partial<Tables> = { observations: withLine(validTables().observations, 3, '') };

function built(drafts: Partial<Record<'indicators' | 'observations', string>>, tables = withoutYoy) {
  const r = buildDataset(inputFrom(tables, {}, drafts));
  if (!r.ok) throw new Error(r.error.map(formatProblem).join('\n'));
  return r.value;
}
function problems(drafts: Partial<Record<'indicators' | 'observations', string>>, tables = withoutYoy) {
  const r = buildDataset(inputFrom(tables, {}, drafts));
  if (r.ok) throw new Error('expected the build to fail');
  return r.error.map(formatProblem);
}

describe('drafts in the dataset', () => {
  it('puts a draft observation into its indicator, marked draft; its figure stays unreviewed', () => {
    const { dataset, drafts, unreviewed } = built({ observations: OBS_HEADER + YOY });
    const loan = dataset.indicators.find((i) => i.id === 'tech-loan');
    expect(loan?.draft).toBeUndefined();
    expect(loan?.observations.map((o) => [o.value, o.basis, o.draft])).toEqual([
      [6950, 'level', undefined],
      [42.4, 'yoy', true],
    ]);
    expect(loan?.observations[1]?.source).toMatchObject({ document: 'doc-a', quote: '同比增长42.4%' });
    expect(dataset.mentions.find((m) => m.text.includes('42.4'))?.status).toBe('unreviewed');
    expect(unreviewed.map(formatProblem)).toEqual([expect.stringMatching(/unreviewed figure "42\.4%"/)]);
    expect(drafts).toMatchObject({ observations: 1, indicators: 0, covered: 0 });
  });

  it('adds a draft indicator, marked draft, with its draft observations', () => {
    const { dataset, drafts } = built({
      indicators:
        IND_HEADER +
        'draft-doc-a-1,贷款余额同比增速,(to translate) 贷款余额同比增速,chongqing,credit,%,rate,increase,draft\n',
      observations: OBS_HEADER + 'draft-doc-a-1,actual,2024-06,42.4,=,yoy,,doc-a,同比增长42.4%,\n',
    });
    const drafted = dataset.indicators.find((i) => i.id === 'draft-doc-a-1');
    expect(drafted).toMatchObject({ draft: true, name: { zh: '贷款余额同比增速' } });
    expect(drafted?.observations.map((o) => o.draft)).toEqual([true]);
    expect(dataset.indicators.at(-1)?.id).toBe('draft-doc-a-1');
    expect(drafts).toMatchObject({ observations: 1, indicators: 1 });
  });

  it('builds exactly the same dataset without a drafts table as with empty ones', () => {
    const none = buildDataset(inputFrom({}));
    const empty = buildDataset(inputFrom({}, {}, { indicators: IND_HEADER, observations: OBS_HEADER }));
    expect(none.ok && empty.ok && JSON.stringify(empty.value.dataset)).toBe(
      none.ok && JSON.stringify(none.value.dataset),
    );
    expect(JSON.stringify(none.ok && none.value.dataset)).not.toContain('"draft"');
  });
});

describe('a draft the catalogue covers is not added twice', () => {
  it('leaves out a draft with the same document, quote, role and period as a curated row', () => {
    const { dataset, drafts } = built({ observations: OBS_HEADER + YOY }, {});
    const yoy = dataset.indicators.flatMap((i) => i.observations).filter((o) => o.value === 42.4);
    expect(yoy.map((o) => o.draft)).toEqual([undefined]);
    expect(drafts).toMatchObject({ observations: 0, covered: 1 });
  });

  it('leaves out a draft whose figure a curated row uses, under another period', () => {
    const { dataset, drafts } = built({ observations: OBS_HEADER + YOY.replace('2024-06', '2024') }, {});
    expect(dataset.indicators.flatMap((i) => i.observations).some((o) => o.draft)).toBe(false);
    expect(drafts.covered).toBe(1);
  });

  it('leaves out a draft indicator whose id the catalogue has', () => {
    const { dataset, drafts } = built({
      indicators: IND_HEADER + 'tech-loan,科技型企业贷款余额,x,chongqing,credit,亿元,stock,increase,\n',
      observations: OBS_HEADER + YOY,
    });
    expect(dataset.indicators.filter((i) => i.id === 'tech-loan')).toHaveLength(1);
    expect(dataset.indicators.some((i) => i.draft)).toBe(false);
    expect(drafts).toMatchObject({ observations: 1, indicators: 0, covered: 1 });
  });
});

describe('a broken draft fails the build, located in data/drafts/', () => {
  it.each([
    [
      'a quote not in the document',
      { observations: OBS_HEADER + YOY.replace('同比增长42.4%', '同比增长24.4%') },
      'data/drafts/observations.csv:2: ',
    ],
    [
      'an indicator nobody defines',
      { observations: OBS_HEADER + YOY.replace('tech-loan', 'no-such') },
      'data/drafts/observations.csv:2: indicator "no-such" is not in data/indicators.csv or data/drafts/indicators.csv',
    ],
    [
      'a value that is not a number',
      { observations: OBS_HEADER + YOY.replace('42.4', '四十') },
      'data/drafts/observations.csv:2: value "四十" must be a plain decimal number',
    ],
    [
      'a draft indicator of an unknown region',
      {
        indicators: IND_HEADER + 'draft-x,某指标,x,nowhere,credit,%,rate,increase,\n',
        observations: OBS_HEADER + YOY.replace('tech-loan', 'draft-x'),
      },
      'data/drafts/indicators.csv:2: region "nowhere" is not in data/regions.csv',
    ],
    [
      'a target dated before its document',
      { observations: OBS_HEADER + YOY.replace('actual', 'target') },
      'data/drafts/observations.csv:2: target dated 2024-06 is before its own document',
    ],
  ])('%s', (_what, drafts, expected) => {
    expect(problems(drafts)).toEqual([expect.stringContaining(expected)]);
  });
});
