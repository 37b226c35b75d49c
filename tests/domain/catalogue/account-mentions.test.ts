import { describe, expect, it } from 'vitest';
import {
  accountMentions,
  reviewedOffsets,
  unreviewedFigures,
} from '../../../src/domain/catalogue/account-mentions';
import { matchQuotes } from '../../../src/domain/catalogue/match-quotes';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { readDocuments } from '../../../src/domain/catalogue/read-documents';
import { readTables } from '../../../src/domain/catalogue/read-tables';
import { inputFrom, validTables } from '../../support/build-fixture';

const t = validTables();
const HEADER = 'document,quote,text,reason\n';

function account(ignored: string, observations = t.observations) {
  const input = inputFrom({ ignored, observations });
  const { catalogue, files, written } = readTables(input.tables);
  const { docs } = readDocuments(catalogue.documents, input.seeds, files.documents, written);
  const indicators = new Map(catalogue.indicators.map(({ row }) => [row.id, row]));
  const { uses } = matchQuotes(catalogue.observations, docs, indicators, files.observations);
  const { accounted, problems } = accountMentions(catalogue.ignored, docs, uses, files.ignored);
  const [doc] = accounted;
  /** The status of the mention whose text is `text`. */
  const statusOf = (text: string) => doc?.status[doc.mentions.findIndex((m) => m.text === text)];
  return { accounted, files, problems: problems.map(formatProblem), statusOf };
}

describe('accountMentions', () => {
  it('marks the mentions the observations use, and those the ignore rows name, with their reason', () => {
    const { accounted, problems, statusOf } = account(t.ignored);
    expect(problems).toEqual([]);
    expect(accounted.map((d) => d.row.id)).toEqual(['doc-a']);
    expect(statusOf('6950亿元')).toEqual({ status: 'used', by: 'data/observations.csv:2' });
    expect(statusOf('42.4%')).toEqual({ status: 'used', by: 'data/observations.csv:3' });
    expect(statusOf('三大')).toEqual({
      status: 'ignored',
      reason: '交易所数量，不是指标',
      by: 'data/ignored.csv:2',
    });
    // A phone number or a date is no figure: nobody has to review it.
    expect(statusOf('63151723')).toBeUndefined();
  });

  it.each([
    ['every figure inside the quote', 'doc-a,沪、深、北三大交易所,,交易所数量', '三大'],
    ['the mention the row names', 'doc-a,落地建设沪、深、北三大交易所,三大,交易所数量', '三大'],
    ['a mention that is no figure, by name', 'doc-a,联系电话:63151723,63151723,电话', '63151723'],
  ])('ignores %s', (_name, row, text) => {
    const { problems, statusOf } = account(HEADER + row + '\n');
    expect(problems).toEqual([]);
    expect(statusOf(text)).toMatchObject({ status: 'ignored', by: 'data/ignored.csv:2' });
  });

  it('credits a figure ignored twice to the later row', () => {
    const { statusOf } = account(HEADER + 'doc-a,三大交易所,,一\n' + 'doc-a,北三大交易所,,二\n');
    expect(statusOf('三大')).toEqual({ status: 'ignored', reason: '二', by: 'data/ignored.csv:3' });
  });

  it.each([
    [
      'a figure an observation uses',
      'doc-a,全市科技型企业贷款余额6950亿元,,重复',
      '"6950亿元" is used by data/observations.csv:2; remove this row or that observation',
    ],
    [
      'a mention that is not inside the quote',
      'doc-a,沪、深、北三大交易所,四大,交易所数量',
      'no mention "四大" inside the quote (it holds "三大" → 3 个)',
    ],
    [
      'a quote without a figure',
      'doc-a,联系电话:63151723,,电话',
      'the quote holds no figure to ignore (it holds "63151723" → ? no unit)',
    ],
    [
      'a quote without a number',
      'doc-a,重庆基地,,地名',
      'the quote holds no figure to ignore (it holds no number)',
    ],
    [
      'a quote that occurs twice',
      'doc-a,亿元,,单位',
      'quote occurs 2 times in seeds/a.txt (lines 2, 3): lengthen it until it is unique',
    ],
  ])('refuses an ignore row for %s', (_name, row, message) => {
    const { problems, statusOf } = account(HEADER + row + '\n');
    expect(problems).toEqual([`data/ignored.csv:2: ${message}`]);
    expect(statusOf('6950亿元')).toMatchObject({ status: 'used' });
  });

  it('passes over an ignore row for a document it could not read: that is reported already', () => {
    expect(account(HEADER + 'doc-b,三大交易所,,不是指标\n').problems).toEqual([]);
  });
});

describe('reviewedOffsets', () => {
  it('lists, per seed file, the offsets of the mentions used or ignored', () => {
    const { accounted } = account(t.ignored);
    const mentions = accounted[0]?.mentions ?? [];
    const at = (text: string) => mentions.find((m) => m.text === text)?.offset;
    expect(reviewedOffsets(accounted)).toEqual(
      new Map([['seeds/a.txt', new Set([at('6950亿元'), at('42.4%'), at('500亿元以上'), at('三大')])]]),
    );
  });
});

describe('unreviewedFigures', () => {
  it.each([
    ['none when every figure is used or ignored', t.ignored, []],
    [
      'each figure nobody reviewed, at its line',
      HEADER,
      ['seeds/a.txt:3: unreviewed figure "三大" → 3 个: add it to data/observations.csv or data/ignored.csv'],
    ],
  ])('%s', (_name, ignored, expected) => {
    const { accounted, files } = account(ignored);
    expect(unreviewedFigures(accounted, files).map(formatProblem)).toEqual(expected);
  });

  it('names the tables by their display paths', () => {
    const { accounted } = account(HEADER);
    const files = { observations: 'cat/obs.csv', ignored: 'cat/ign.csv' };
    expect(unreviewedFigures(accounted, files)[0]?.message).toMatch(
      /add it to cat\/obs\.csv or cat\/ign\.csv$/,
    );
  });
});
