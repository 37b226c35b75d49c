import { describe, expect, it } from 'vitest';
import type { AccountedDocument } from '../../../src/domain/catalogue/account-mentions';
import { assemble, summarise } from '../../../src/domain/catalogue/assemble';
import { lineIndex } from '../../../src/domain/catalogue/line-index';
import type { Catalogue } from '../../../src/domain/catalogue/read-tables';
import type { DocumentRow, IndicatorRow } from '../../../src/domain/catalogue/rows';
import type { Indicator, WholeDataset } from '../../../src/domain/dataset-schema';
import type { Mention } from '../../../src/domain/types';

type Observation = Indicator['observations'][number];
const TEXT = '贷款余额6950亿元，新增500亿元以上。电话63151723，共3项。';
const documentRow: DocumentRow = {
  id: 'doc-a',
  file: 'seeds/a.txt',
  title: '答复',
  issuer: '重庆市金融办',
  published: '2025-07-28',
  region: 'chongqing',
  kind: 'reply',
  note: '不进数据集',
};
const mention = (text: string, over: Partial<Mention>): Mention => ({
  offset: TEXT.indexOf(text),
  text,
  value: null,
  unit: null,
  qualifier: '=',
  class: 'figure',
  ...over,
});
const doc: AccountedDocument = {
  row: documentRow,
  text: TEXT,
  lineOf: lineIndex(TEXT),
  mentions: [
    mention('6950亿元', { value: 6950, unit: '亿元' }),
    mention('500亿元以上', { value: 500, unit: '亿元', qualifier: '>=' }),
    mention('63151723', { class: 'phone' }),
    mention('3项', { value: 3, unit: '项' }),
  ],
  status: [
    { status: 'used', by: 'data/observations.csv:2' },
    { status: 'ignored', reason: '重复', by: 'data/ignored.csv:2' },
  ],
};
const indicatorRow = (id: string, note?: string): IndicatorRow => ({
  id,
  name_zh: '贷款',
  name_en: 'Loans',
  region: 'chongqing',
  topic: 'credit',
  unit: '亿元',
  measure: 'stock',
  direction: 'increase',
  note,
});
const catalogue: Pick<Catalogue, 'regions' | 'topics' | 'indicators'> = {
  regions: [
    { line: 2, row: { id: 'chengyu', name_zh: '成渝', name_en: 'Chengyu', parent: undefined } },
    { line: 3, row: { id: 'chongqing', name_zh: '重庆市', name_en: 'Chongqing', parent: 'chengyu' } },
  ],
  topics: [{ line: 2, row: { id: 'credit', name_zh: '科技信贷', name_en: 'Tech credit' } }],
  indicators: [
    { line: 2, row: indicatorRow('loan', '年末') },
    { line: 3, row: indicatorRow('none') },
  ],
};
const obs = (over: Partial<Observation>, offset = 0, document = 'doc-a'): Observation => ({
  role: 'actual',
  period: '2024',
  value: 1,
  qualifier: '=',
  basis: 'level',
  source: { document, quote: 'q', offset },
  ...over,
});

function built(observed: Map<string, Observation[]> = new Map()): WholeDataset {
  const result = assemble(catalogue, [doc], observed);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('assemble', () => {
  const dataset = built(new Map([['loan', [obs({ value: 6950 })]]]));

  it('carries the catalogue over, optional fields only where they are set', () => {
    expect(dataset.schemaVersion).toBe(3);
    expect(dataset.regions).toEqual([
      { id: 'chengyu', name: { zh: '成渝', en: 'Chengyu' } },
      { id: 'chongqing', name: { zh: '重庆市', en: 'Chongqing' }, parent: 'chengyu' },
    ]);
    expect(dataset.topics).toEqual([{ id: 'credit', name: { zh: '科技信贷', en: 'Tech credit' } }]);
    expect(dataset.indicators.map((i) => [i.id, i.note, 'note' in i, i.observations.length])).toEqual([
      ['loan', '年末', true, 1],
      ['none', undefined, false, 0],
    ]);
  });

  it("ships each document's text with its row, less its note", () => {
    expect(dataset.documents).toEqual([
      {
        id: 'doc-a',
        file: 'seeds/a.txt',
        title: '答复',
        issuer: '重庆市金融办',
        published: '2025-07-28',
        region: 'chongqing',
        kind: 'reply',
        text: TEXT,
      },
    ]);
  });

  it.each([
    ['used', '6950亿元', { status: 'used' }],
    ['ignored with its reason', '500亿元以上', { status: 'ignored', reason: '重复' }],
    ['ignored for being no figure', '63151723', { status: 'ignored', reason: 'not a figure: phone' }],
    ['unreviewed', '3项', { status: 'unreviewed' }],
  ])('gives every mention its status: %s', (_name, text, expected) => {
    const m = dataset.mentions.find((x) => x.text === text);
    expect(m).toMatchObject({ document: 'doc-a', offset: TEXT.indexOf(text), ...expected });
    if (!('reason' in expected)) expect(m && 'reason' in m).toBe(false);
  });

  const period = (o: Observation) => o.period;
  it.each([
    [
      'by the end of the period',
      [obs({ period: '2025' }), obs({ period: '2024-06' })],
      period,
      ['2024-06', '2025'],
    ],
    [
      'by the day the period ends',
      [obs({ period: '2024-12' }), obs({ period: '2024-12-30' })],
      period,
      ['2024-12-30', '2024-12'],
    ],
    [
      'in catalogue order when periods end the same day',
      [obs({ period: '2024-12' }), obs({ period: '2024' }), obs({ period: '2024-12-31' })],
      period,
      ['2024-12', '2024', '2024-12-31'],
    ],
    [
      'then actuals before targets',
      [obs({ role: 'target', period: '2025' }), obs({ period: '2025' })],
      (o: Observation) => o.role,
      ['actual', 'target'],
    ],
    [
      'then by basis',
      [obs({ basis: 'yoy' }), obs({ basis: 'level' })],
      (o: Observation) => o.basis,
      ['level', 'yoy'],
    ],
    [
      'then by document',
      [obs({}, 0, 'doc-b'), obs({}, 9, 'doc-a')],
      (o: Observation) => o.source.document,
      ['doc-a', 'doc-b'],
    ],
    ['then by offset', [obs({}, 9), obs({}, 3)], (o: Observation) => o.source.offset, [3, 9]],
  ] as [string, Observation[], (o: Observation) => string | number, (string | number)[]][])(
    'orders observations %s',
    (_name, list, key, expected) => {
      expect(built(new Map([['loan', list]])).indicators[0]?.observations.map(key)).toEqual(expected);
    },
  );

  it('refuses a dataset that breaks the contract, naming the field', () => {
    const bad = { ...doc, row: { ...documentRow, file: 'a.txt' } };
    expect(assemble(catalogue, [bad], new Map())).toEqual({
      ok: false,
      error: [
        {
          file: 'public/data/indicators.json',
          message: "documents.0.file: must be 'seeds/<name>.txt|html|htm|docx|pdf'",
          code: 'dataset-contract',
          params: { path: 'documents.0.file', detail: "must be 'seeds/<name>.txt|html|htm|docx|pdf'" },
        },
      ],
    });
  });
});

describe('summarise', () => {
  it('counts documents, indicators, observations by role, and mentions by status', () => {
    const dataset = built(
      new Map([['loan', [obs({}), obs({ role: 'target', period: '2027' }), obs({ period: '2023' })]]]),
    );
    expect(summarise(dataset)).toEqual({
      documents: 1,
      indicators: 2,
      observations: 3,
      actuals: 2,
      targets: 1,
      mentions: { used: 1, ignored: 2, unreviewed: 1 },
    });
  });
});
