import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import {
  MAX_TABLE_BYTES,
  readTables,
  TABLE_NAMES,
  type TableSources,
} from '../../../src/domain/catalogue/read-tables';
import { inputFrom, validTables, withLine, type Tables } from '../../support/build-fixture';

const t = validTables();
const sources = (tables: Partial<Tables>): TableSources => inputFrom(tables).tables;
const problemsOf = (src: TableSources) => readTables(src).problems.map(formatProblem);

describe('readTables on a valid catalogue', () => {
  const { catalogue, files, written, problems } = readTables(sources({}));

  it('reads every table into typed rows with their file lines, and finds no problem', () => {
    expect(problems).toEqual([]);
    expect(catalogue.regions.map((r) => [r.line, r.row.id, r.row.parent])).toEqual([
      [2, 'chengyu', undefined],
      [3, 'chongqing', 'chengyu'],
    ]);
    expect(catalogue.observations.map((o) => [o.line, o.row.value, o.row.qualifier])).toEqual([
      [2, 6950, '='],
      [3, 42.4, '='],
      [4, 500, '>='],
    ]);
    expect(catalogue.ignored[0]).toMatchObject({
      line: 2,
      row: { text: undefined, reason: '交易所数量，不是指标' },
    });
  });

  it('names each table by its display path', () => {
    expect(files).toEqual(Object.fromEntries(TABLE_NAMES.map((n) => [n, `data/${n}.csv`])));
  });

  it.each([
    ['documents', 'id', 'doc-a', true],
    ['documents', 'file', 'seeds/a.txt', true],
    ['observations', 'indicator', 'mfg-new', true],
    ['observations', 'indicator', 'no-such', false],
    ['regions', 'parent', 'chengyu', true],
    ['regions', 'no-column', 'chengyu', false],
  ] as const)('written.has(%s, %s, %s) is %s', (table, column, value, expected) => {
    expect(written.has(table, column, value)).toBe(expected);
  });

  it('lists the values of a column, and none of a column that is not there', () => {
    expect([...written.values('topics', 'id')]).toEqual(['credit', 'manufacturing']);
    expect([...written.values('topics', 'colour')]).toEqual([]);
  });
});

describe('readTables refuses a table it cannot read, once, and takes no rows from it', () => {
  const missing = { ...sources({}), topics: null };
  const tooBig = {
    ...sources({}),
    topics: { file: 'data/topics.csv', bytes: new Uint8Array(MAX_TABLE_BYTES + 1) },
  };
  const png = {
    ...sources({}),
    topics: { file: 'data/topics.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
  };
  const renamed = { ...sources({}), topics: { file: 'elsewhere/t.csv', bytes: new Uint8Array() } };
  const cases: [string, TableSources, string][] = [
    [
      'a missing file',
      missing,
      'data/topics.csv: file not found: create it with the header row id,name_zh,name_en',
    ],
    [
      'an empty file',
      sources({ topics: '' }),
      'data/topics.csv:1: the file is empty: expected a header row (id,name_zh,name_en)',
    ],
    [
      'an empty file at its own path',
      renamed,
      'elsewhere/t.csv:1: the file is empty: expected a header row (id,name_zh,name_en)',
    ],
    [
      'a file too big to be a table',
      tooBig,
      'data/topics.csv: larger than 20 MB: not a catalogue table (is it the right file?)',
    ],
    [
      'a binary file',
      png,
      'data/topics.csv: binary data: a PNG image, not a text file: save it from Excel as "CSV UTF-8 (逗号分隔)"',
    ],
    [
      'a CSV syntax error',
      sources({ topics: 'id,name_zh,name_en\ncredit,"科技信贷,Tech credit\n' }),
      'data/topics.csv:2: CSV syntax: Quoted field unterminated (a quote " is not closed or not doubled): close the quoted cell, and write a " inside a cell as ""',
    ],
  ];

  it.each(cases)('%s', (_name, src, expected) => {
    const { catalogue, written, problems } = readTables(src);
    expect(problems.map(formatProblem)).toEqual([expected]);
    expect(catalogue.topics).toEqual([]);
    // References into it are not checked: its own problem says enough.
    expect(written.has('topics', 'id', 'anything')).toBe(true);
    expect([...written.values('topics', 'id')]).toEqual([]);
  });

  it('keeps a missing table at its default path', () => {
    expect(readTables(missing).files.topics).toBe('data/topics.csv');
    expect(readTables(renamed).files.topics).toBe('elsewhere/t.csv');
  });
});

describe('readTables reports a row that fails its schema, field by field, and leaves it out', () => {
  it.each([
    [
      'a bad value',
      { observations: withLine(t.observations, 2, 'tech-loan,actual,2024-06,6 950,=,level,,doc-a,q,') },
      [
        'data/observations.csv:2: value "6 950" must be a plain decimal number such as 6950 or 0.2781 (no separators, words or exponents)',
      ],
    ],
    [
      'two bad fields in one row',
      { topics: withLine(t.topics, 3, 'Manufacturing,,Manufacturing finance') },
      [
        'data/topics.csv:3: id "Manufacturing" must be lower-case letters, digits and "-" (e.g. cq-gaoxin)',
        'data/topics.csv:3: name_zh "" must not be empty',
      ],
    ],
    [
      'bad rows in two tables, in table order',
      {
        ignored: withLine(t.ignored, 2, 'doc-a,沪、深、北三大交易所,,'),
        regions: withLine(t.regions, 2, 'chengyu,,Chengdu–Chongqing,'),
      },
      ['data/regions.csv:2: name_zh "" must not be empty', 'data/ignored.csv:2: reason "" must not be empty'],
    ],
  ] as [string, Partial<Tables>, string[]][])('%s', (_name, tables, expected) => {
    expect(problemsOf(sources(tables))).toEqual(expected);
  });

  it('still counts the values of the rejected row as written', () => {
    const { catalogue, written } = readTables(
      sources({ topics: withLine(t.topics, 3, 'manufacturing,,Manufacturing finance') }),
    );
    expect(catalogue.topics.map((r) => r.row.id)).toEqual(['credit']);
    expect(written.has('topics', 'id', 'manufacturing')).toBe(true);
  });
});
