import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/domain/catalogue/check-references';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { readTables } from '../../../src/domain/catalogue/read-tables';
import { inputFrom, validTables, withLine, type Tables } from '../../support/build-fixture';

const t = validTables();
const add = (csv: string, ...lines: string[]) => csv + lines.map((l) => l + '\n').join('');

function referenceProblems(tables: Partial<Tables>, sources = inputFrom(tables).tables): string[] {
  const { catalogue, files, written } = readTables(sources);
  return checkReferences(catalogue, files, written).map(formatProblem);
}

const notIn = (what: string, id: string, table: string) =>
  `${what} "${id}" is not in data/${table}.csv: check the spelling, or add a row for it there`;
const OBS_LOAN = 'tech-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,';

describe('checkReferences', () => {
  it('finds nothing wrong with a valid catalogue', () => {
    expect(referenceProblems({})).toEqual([]);
  });

  it.each([
    [
      'a duplicate region id',
      { regions: add(t.regions, 'chengyu,成渝2,Chengyu 2,') },
      ['data/regions.csv:4: duplicate id "chengyu" (first on line 2): give each row its own id'],
    ],
    [
      'a topic id written three times',
      { topics: add(t.topics, 'credit,二,Two', 'credit,三,Three') },
      [
        'data/topics.csv:4: duplicate id "credit" (first on line 2): give each row its own id',
        'data/topics.csv:5: duplicate id "credit" (first on line 2): give each row its own id',
      ],
    ],
    [
      'a duplicate document id',
      { documents: add(t.documents, 'doc-a,seeds/b.txt,另一份,重庆市金融办,2025-07-28,chongqing,reply') },
      ['data/documents.csv:3: duplicate id "doc-a" (first on line 2): give each row its own id'],
    ],
    [
      'a duplicate indicator id',
      { indicators: add(t.indicators, 'mfg-new,又一个,Again,chongqing,credit,亿元,stock,increase,') },
      ['data/indicators.csv:4: duplicate id "mfg-new" (first on line 3): give each row its own id'],
    ],
    [
      'a parent that is not a region',
      { regions: withLine(t.regions, 3, 'chongqing,重庆市,Chongqing,southwest') },
      ['data/regions.csv:3: parent "southwest" is not a region id: use an id from the id column'],
    ],
    [
      'a region that is its own parent',
      { regions: withLine(t.regions, 2, 'chengyu,成渝,Chengdu–Chongqing,chengyu') },
      [
        'data/regions.csv:2: region "chengyu" is its own ancestor (parent cycle through "chengyu")',
        // Said of its child too, though the child is only below the cycle (as the build has always said it).
        'data/regions.csv:3: region "chongqing" is its own ancestor (parent cycle through "chengyu")',
      ],
    ],
    [
      'two regions that are each other’s parent',
      { regions: withLine(t.regions, 2, 'chengyu,成渝,Chengdu–Chongqing,chongqing') },
      [
        'data/regions.csv:2: region "chengyu" is its own ancestor (parent cycle through "chengyu")',
        'data/regions.csv:3: region "chongqing" is its own ancestor (parent cycle through "chongqing")',
      ],
    ],
    [
      'an indicator in an unknown region and topic',
      { indicators: withLine(t.indicators, 2, 'tech-loan,贷款,Loan,sichuan,loans,亿元,stock,increase,') },
      [
        `data/indicators.csv:2: ${notIn('region', 'sichuan', 'regions')}`,
        `data/indicators.csv:2: ${notIn('topic', 'loans', 'topics')}`,
      ],
    ],
    [
      'a document in an unknown region',
      { documents: withLine(t.documents, 2, 'doc-a,seeds/a.txt,答复,重庆市金融办,2025-07-28,sichuan,reply') },
      [`data/documents.csv:2: ${notIn('region', 'sichuan', 'regions')}`],
    ],
    [
      'an observation of an unknown indicator from an unknown document',
      {
        observations: add(t.observations, OBS_LOAN.replace('tech-loan', 'x-loan').replace('doc-a', 'doc-b')),
      },
      [
        `data/observations.csv:5: ${notIn('indicator', 'x-loan', 'indicators')}`,
        `data/observations.csv:5: ${notIn('document', 'doc-b', 'documents')}`,
      ],
    ],
    [
      'an ignore row for an unknown document',
      { ignored: add(t.ignored, 'doc-b,三大交易所,,不是指标') },
      [`data/ignored.csv:3: ${notIn('document', 'doc-b', 'documents')}`],
    ],
    [
      'an indicator with no observation',
      { observations: withLine(t.observations, 4, '') },
      [
        'data/indicators.csv:3: indicator "mfg-new" has no observation in data/observations.csv: add one, or remove the indicator',
      ],
    ],
  ] as [string, Partial<Tables>, string[]][])('reports %s', (_name, tables, expected) => {
    expect(referenceProblems(tables)).toEqual(expected);
  });

  it.each([
    ['a topic whose own row is wrong', { topics: withLine(t.topics, 2, 'credit,,Tech credit') }],
    [
      'a document whose own row is wrong',
      { documents: withLine(t.documents, 2, 'doc-a,a.txt,答复,重庆市金融办,2025-07-28,chongqing,reply') },
    ],
    [
      'an indicator whose only observation is wrong',
      { observations: withLine(t.observations, 4, 'mfg-new,target,2027,五百,>=,level,2024,doc-a,q,') },
    ],
    ['a table that could not be read', { regions: 'id;name_zh;name_en;parent\n' }],
  ] as [string, Partial<Tables>][])('takes a reference to %s as resolved', (_name, tables) => {
    expect(referenceProblems(tables)).toEqual([]);
  });

  it('takes every reference into a missing table as resolved', () => {
    const sources = { ...inputFrom({}).tables, regions: null, indicators: null };
    expect(referenceProblems({}, sources)).toEqual([]);
  });
});
