// Draft rows in the build: rows of data/indicators.csv and data/observations.csv marked draft (the `draft`
// column, 1), read with the catalogue's schemas, checked like the reviewed rows, put in the dataset marked
// draft (待核), left out where the reviewed rows already cover them, every problem as file:line.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { inputFrom, validTables, withDrafts, withLine, type Tables } from '../../support/build-fixture';

const t = validTables();
/** The yoy figure as the drafter writes it: the catalogue's columns, then the draft mark. */
const YOY = 'tech-loan,actual,2024-06,42.4,=,yoy,,doc-a,同比增长42.4%,draft: continues tech-loan,1';
/** The catalogue without its yoy row (line 3, left blank): that figure is left to the drafter. */
const withoutYoy = withLine(t.observations, 3, '');
/** The catalogue with draft rows appended (the yoy draft is on line 5 of data/observations.csv). */
const drafted = (observations: string[], indicators: string[] = []): Partial<Tables> => ({
  observations: withDrafts(withoutYoy, ...observations),
  ...(indicators.length ? { indicators: withDrafts(t.indicators, ...indicators) } : {}),
});
const NEW_INDICATOR =
  'draft-doc-a-1,贷款余额同比增速,(to translate) 贷款余额同比增速,chongqing,credit,%,rate,increase,draft,1';

function built(tables: Partial<Tables>) {
  const r = buildDataset(inputFrom(tables));
  if (!r.ok) throw new Error(r.error.map(formatProblem).join('\n'));
  return r.value;
}
function problems(tables: Partial<Tables>) {
  const r = buildDataset(inputFrom(tables));
  if (r.ok) throw new Error('expected the build to fail');
  return r.error.map(formatProblem);
}

describe('draft rows in the dataset', () => {
  it('puts a draft observation into its indicator, marked draft; its figure stays unreviewed', () => {
    const { dataset, drafts, unreviewed } = built(drafted([YOY]));
    const loan = dataset.indicators.find((i) => i.id === 'tech-loan');
    expect(loan?.draft).toBeUndefined();
    expect(loan?.observations.map((o) => [o.value, o.basis, o.draft])).toEqual([
      [6950, 'level', undefined],
      [42.4, 'yoy', true],
    ]);
    expect(loan?.observations[1]?.source).toMatchObject({ document: 'doc-a', quote: '同比增长42.4%' });
    expect(dataset.mentions.find((m) => m.text.includes('42.4'))?.status).toBe('unreviewed');
    expect(unreviewed.map(formatProblem)).toEqual([expect.stringMatching(/unreviewed figure "42\.4%"/)]);
    expect(drafts).toMatchObject({
      observations: 1,
      indicators: 0,
      covered: 0,
      rows: [{ file: 'data/observations.csv', line: 5 }],
      figures: [{ document: 'doc-a', offset: dataset.documents[0]!.text!.indexOf('42.4%'), line: 5 }],
    });
  });

  it('adds a draft indicator, marked draft, with its draft observations', () => {
    const { dataset, drafts } = built(
      drafted([YOY.replace('tech-loan,', 'draft-doc-a-1,')], [NEW_INDICATOR]),
    );
    const indicator = dataset.indicators.find((i) => i.id === 'draft-doc-a-1');
    expect(indicator).toMatchObject({ draft: true, name: { zh: '贷款余额同比增速' } });
    expect(indicator?.observations.map((o) => o.draft)).toEqual([true]);
    expect(dataset.indicators.at(-1)?.id).toBe('draft-doc-a-1');
    expect(drafts).toMatchObject({ observations: 1, indicators: 1 });
    expect(drafts.rows).toEqual([
      { file: 'data/indicators.csv', line: 4 },
      { file: 'data/observations.csv', line: 5 },
    ]);
  });

  it('builds exactly the same dataset when the draft column is there but holds no draft', () => {
    const none = buildDataset(inputFrom({}));
    const column = buildDataset(
      inputFrom({
        indicators: withDrafts(t.indicators),
        // The yoy row moved to the end, with an empty draft cell: a reviewed row written after the column.
        observations: withDrafts(withoutYoy, 'tech-loan,actual,2024-06,42.4,=,yoy,,doc-a,同比增长42.4%,,'),
      }),
    );
    expect(none.ok && column.ok && JSON.stringify(column.value.dataset)).toBe(
      none.ok && JSON.stringify(none.value.dataset),
    );
    expect(JSON.stringify(none.ok && none.value.dataset)).not.toContain('"draft"');
  });
});

describe('a row may end before the draft column, and only before it', () => {
  it('reads a reviewed row without the draft cell as reviewed; one short of another cell is refused', () => {
    expect(built(drafted([YOY])).dataset.indicators[0]?.observations[0]?.draft).toBeUndefined();
    const short = withLine(
      withDrafts(t.observations),
      2,
      'tech-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元',
    );
    expect(problems({ observations: short })).toEqual([
      expect.stringMatching(/^data\/observations\.csv:2: expected 11 cells \(.*,draft\) but found 9/),
    ]);
  });
});

describe('a draft the reviewed rows cover is not added twice', () => {
  it('leaves out a draft with the same document, quote, role and period as a reviewed row', () => {
    const { dataset, drafts } = built({ observations: withDrafts(t.observations, YOY) });
    const yoy = dataset.indicators.flatMap((i) => i.observations).filter((o) => o.value === 42.4);
    expect(yoy.map((o) => o.draft)).toEqual([undefined]);
    expect(drafts).toMatchObject({ observations: 0, covered: 1, rows: [{ line: 5 }] });
  });

  it('leaves out a draft whose figure a reviewed row uses, under another period', () => {
    const { dataset, drafts } = built({
      observations: withDrafts(t.observations, YOY.replace('2024-06', '2024')),
    });
    expect(dataset.indicators.flatMap((i) => i.observations).some((o) => o.draft)).toBe(false);
    expect(drafts.covered).toBe(1);
  });
});

describe('a broken draft row fails the build, located at its line', () => {
  it.each([
    [
      'a quote not in the document',
      drafted([YOY.replace('同比增长42.4%', '同比增长24.4%')]),
      'data/observations.csv:5: ',
    ],
    [
      'an indicator nobody defines',
      drafted([YOY.replace('tech-loan', 'no-such')]),
      'data/observations.csv:5: indicator "no-such" is not in data/indicators.csv',
    ],
    [
      'a value that is not a number',
      drafted([YOY.replace('42.4', '四十')]),
      'data/observations.csv:5: value "四十" must be a plain decimal number',
    ],
    [
      'a draft mark that is not 1',
      drafted([YOY.replace(/,1$/, ',yes')]),
      'data/observations.csv:5: draft "yes" must be 1 (a draft nobody has reviewed yet) or empty',
    ],
    [
      'a draft indicator of an unknown region',
      drafted([YOY.replace('tech-loan,', 'draft-doc-a-1,')], [NEW_INDICATOR.replace('chongqing', 'nowhere')]),
      'data/indicators.csv:4: region "nowhere" is not in data/regions.csv',
    ],
    [
      'a draft indicator with the id of a reviewed one',
      drafted([YOY], [NEW_INDICATOR.replace('draft-doc-a-1', 'tech-loan')]),
      'data/indicators.csv:4: duplicate id "tech-loan" (first on line 2)',
    ],
    [
      'a draft indicator no row observes',
      drafted([YOY], [NEW_INDICATOR]),
      'data/indicators.csv:4: indicator "draft-doc-a-1" has no observation',
    ],
    [
      'a target dated before its document',
      drafted([YOY.replace('actual', 'target')]),
      'data/observations.csv:5: target dated 2024-06 is before its own document',
    ],
    [
      'a reviewed row that rests on a draft indicator',
      drafted([YOY.replace('tech-loan,', 'draft-doc-a-1,').replace(/,1$/, ',')], [NEW_INDICATOR]),
      'data/observations.csv:5: indicator "draft-doc-a-1" is a draft (data/indicators.csv:4, draft 1)',
    ],
  ])('%s', (_what, tables, expected) => {
    expect(problems(tables)).toEqual([expect.stringContaining(expected)]);
  });
});
