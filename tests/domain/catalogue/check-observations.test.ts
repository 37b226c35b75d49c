import { describe, expect, it } from 'vitest';
import { checkObservations } from '../../../src/domain/catalogue/check-observations';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import type { Row } from '../../../src/domain/catalogue/read-tables';
import type { DocumentRow, IndicatorRow, ObservationRow } from '../../../src/domain/catalogue/rows';

const document: DocumentRow = {
  id: 'doc-a',
  file: 'seeds/a.txt',
  title: '答复',
  issuer: '重庆市金融办',
  published: '2025-07-28',
  region: 'chongqing',
  kind: 'reply',
  note: undefined,
};
const indicator: IndicatorRow = {
  id: 'tech-loan',
  name_zh: '科技型企业贷款余额',
  name_en: 'Tech loan balance',
  region: 'chongqing',
  topic: 'credit',
  unit: '亿元',
  measure: 'stock',
  direction: 'increase',
  note: undefined,
};
const docs = new Map([['doc-a', { row: document }]]);
const indicators = new Map([['tech-loan', indicator]]);

const obs = (over: Partial<ObservationRow>, line = 2): Row<ObservationRow> => ({
  line,
  row: {
    indicator: 'tech-loan',
    role: 'actual',
    period: '2024-06',
    value: 6950,
    qualifier: '=',
    basis: 'level',
    since: undefined,
    document: 'doc-a',
    quote: '全市科技型企业贷款余额6950亿元',
    note: undefined,
    ...over,
  },
});
const problemsOf = (rows: Row<ObservationRow>[], documents = docs) =>
  checkObservations(rows, documents, indicators, 'data/observations.csv').map(formatProblem);

describe('checkObservations accepts', () => {
  it.each([
    ['an actual of a month before the document', obs({})],
    ['an actual of the month the document is published in', obs({ period: '2025-07' })],
    ['an actual of the year the document is published in', obs({ period: '2025' })],
    ['a target due after the document', obs({ role: 'target', period: '2027', since: '2024' })],
    ['a target due in the year the document is published in', obs({ role: 'target', period: '2025' })],
    ['a since in the same year as its period', obs({ period: '2024-06', since: '2024' })],
  ])('%s', (_name, row) => {
    expect(problemsOf([row])).toEqual([]);
  });

  it('one figure twice when role, period, basis or document differ', () => {
    expect(
      problemsOf([
        obs({}, 2),
        obs({ basis: 'yoy', value: 42.4 }, 3),
        obs({ role: 'target', period: '2025' }, 4),
      ]),
    ).toEqual([]);
  });
});

describe('checkObservations refuses', () => {
  it.each([
    [
      'a period that is not real',
      obs({ period: '2025-13' }),
      'period "2025-13" is not a real period: not a period (YYYY, YYYY-MM or YYYY-MM-DD): "2025-13"',
    ],
    [
      'a since that is not real',
      obs({ since: '2023-02-29' }),
      'since "2023-02-29" is not a real period: no such date: 2023-02-29',
    ],
    ['a since after its period', obs({ period: '2024', since: '2025' }), 'since 2025 is after period 2024'],
    [
      'an actual dated after its document',
      obs({ period: '2025-08' }),
      'actual dated 2025-08 is later than its document (published 2025-07-28); is it a target?',
    ],
    [
      'a target due before its own document',
      obs({ role: 'target', period: '2025-06' }),
      'target dated 2025-06 is before its own document (published 2025-07-28): ' +
        'a target falls due after the document that sets it; check the period, or is it an actual?',
    ],
  ])('%s', (_name, row, message) => {
    expect(problemsOf([row])).toEqual([`data/observations.csv:2: ${message}`]);
  });

  it('an observation said again, naming the row it repeats', () => {
    expect(problemsOf([obs({}, 2), obs({ value: 1 }, 5), obs({ quote: 'x' }, 9)])).toEqual([
      'data/observations.csv:5: duplicate observation: same indicator, role, period, basis and document as line 2',
      'data/observations.csv:9: duplicate observation: same indicator, role, period, basis and document as line 5',
    ]);
  });
});

describe('checkObservations, for an observation whose document or indicator is missing', () => {
  it.each([
    ['an unknown document', obs({ document: 'doc-b' }, 3)],
    ['an unknown indicator', obs({ indicator: 'x-loan' }, 3)],
  ])('checks only the periods of one from %s', (_name, row) => {
    const late = { ...row, row: { ...row.row, period: '2026', since: '2027' } };
    expect(problemsOf([obs({}), late])).toEqual(['data/observations.csv:3: since 2027 is after period 2026']);
  });

  it('skips the date check when the document has no usable date', () => {
    const undated = new Map([['doc-a', { row: { ...document, published: 'soon' } }]]);
    expect(problemsOf([obs({ period: '2030' })], undated)).toEqual([]);
  });
});
