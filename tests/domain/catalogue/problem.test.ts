import { describe, expect, it } from 'vitest';
import { formatProblem, problemList, sortProblems } from '../../../src/domain/catalogue/problem';
import { detail } from '../../../src/domain/catalogue/problem-codes';

describe('problemList', () => {
  it('keeps problems in the order they are added, with a line only when one is given', () => {
    const { problems, add } = problemList();
    add('data/b.csv', 3, 'second file', detail('duplicate-observation', { first: 2 }));
    add('seeds/a.txt', undefined, 'whole file', detail('seed-too-large', { limitMb: 2 }));
    expect(problems).toEqual([
      {
        file: 'data/b.csv',
        line: 3,
        message: 'second file',
        code: 'duplicate-observation',
        params: { first: 2 },
      },
      { file: 'seeds/a.txt', message: 'whole file', code: 'seed-too-large', params: { limitMb: 2 } },
    ]);
    expect('line' in (problems[1] ?? {})).toBe(false);
  });
});

describe('formatProblem', () => {
  it.each([
    [{ file: 'data/a.csv', line: 2, message: 'm' }, 'data/a.csv:2: m'],
    [{ file: 'seeds/a.txt', message: 'm' }, 'seeds/a.txt: m'],
  ])('%o → %s', (problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });
});

describe('sortProblems', () => {
  it('sorts by file, then line, then message, and leaves its input alone', () => {
    const input = [
      { file: 'data/b.csv', line: 1, message: 'x' },
      { file: 'data/a.csv', line: 10, message: 'b' },
      { file: 'data/a.csv', line: 10, message: 'a' },
      { file: 'data/a.csv', line: 2, message: 'z' },
      { file: 'data/a.csv', message: 'whole file' },
    ];
    expect(sortProblems(input).map(formatProblem)).toEqual([
      'data/a.csv: whole file',
      'data/a.csv:2: z',
      'data/a.csv:10: a',
      'data/a.csv:10: b',
      'data/b.csv:1: x',
    ]);
    expect(input[0]?.file).toBe('data/b.csv');
  });
});
