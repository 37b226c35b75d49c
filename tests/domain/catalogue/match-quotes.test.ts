import { describe, expect, it } from 'vitest';
import { matchQuotes } from '../../../src/domain/catalogue/match-quotes';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { readDocuments } from '../../../src/domain/catalogue/read-documents';
import { readTables } from '../../../src/domain/catalogue/read-tables';
import { inputFrom, validTables, withLine } from '../../support/build-fixture';

const t = validTables();
const HEADER = 'indicator,role,period,value,qualifier,basis,since,document,quote,note\n';

function match(observations: string) {
  const input = inputFrom({ observations });
  const { catalogue, files, written } = readTables(input.tables);
  const { docs } = readDocuments(catalogue.documents, input.seeds, files.documents, written);
  const indicators = new Map(catalogue.indicators.map(({ row }) => [row.id, row]));
  const matched = matchQuotes(catalogue.observations, docs, indicators, files.observations);
  const doc = docs.get('doc-a');
  return {
    ...matched,
    problems: matched.problems.map(formatProblem),
    usedTexts: matched.uses.map((u) => [doc?.mentions[u.mention]?.text, u.by]),
    text: doc?.text ?? '',
  };
}

describe('matchQuotes on valid observations', () => {
  const { observed, uses, usedTexts, problems, text } = match(t.observations);

  it('proves each one and uses the mention that holds its figure', () => {
    expect(problems).toEqual([]);
    expect(usedTexts).toEqual([
      ['6950亿元', 'data/observations.csv:2'],
      ['42.4%', 'data/observations.csv:3'],
      ['500亿元以上', 'data/observations.csv:4'],
    ]);
    expect(uses.every((u) => u.document === 'doc-a')).toBe(true);
  });

  it("collects each indicator's observations in catalogue order, with their source", () => {
    expect([...observed.keys()]).toEqual(['tech-loan', 'mfg-new']);
    expect(observed.get('tech-loan')?.map((o) => [o.basis, o.value])).toEqual([
      ['level', 6950],
      ['yoy', 42.4],
    ]);
    const [target] = observed.get('mfg-new') ?? [];
    expect(target).toEqual({
      role: 'target',
      period: '2027',
      value: 500,
      qualifier: '>=',
      basis: 'level',
      since: '2024',
      source: {
        document: 'doc-a',
        quote: '制造业融资额新增500亿元以上',
        offset: text.indexOf('制造业融资额'),
      },
    });
  });

  it('leaves out since and note when the row has none, and keeps a note when it has one', () => {
    const [loan] = observed.get('tech-loan') ?? [];
    expect(loan && 'since' in loan).toBe(false);
    expect(loan && 'note' in loan).toBe(false);
    const noted = match(
      withLine(t.observations, 2, 'tech-loan,actual,2024-06,6950,=,level,,doc-a,余额6950亿元,年中'),
    );
    expect(noted.observed.get('tech-loan')?.[0]?.note).toBe('年中');
  });

  it('matches a quote copied with full-width digits, as the document is normalised', () => {
    const wide = match(HEADER + 'tech-loan,actual,2024-06,6950,=,level,,doc-a,余额６９５０亿元,\n');
    expect(wide.problems).toEqual([]);
    expect(wide.observed.get('tech-loan')?.[0]?.source.quote).toBe('余额6950亿元');
  });

  it('credits one mention to every row that uses it, in catalogue order', () => {
    const twice = match(
      HEADER +
        'tech-loan,actual,2024-06,6950,=,level,,doc-a,余额6950亿元,\n' +
        'tech-loan,actual,2024-06,6950,=,level,,doc-a,贷款余额6950亿元,\n',
    );
    expect(twice.usedTexts).toEqual([
      ['6950亿元', 'data/observations.csv:2'],
      ['6950亿元', 'data/observations.csv:3'],
    ]);
  });
});

describe('matchQuotes refuses an observation whose quote does not prove it', () => {
  const HINT =
    " (values are in the indicator's unit, 亿元, with 万 applied and money in 亿元):" +
    ' correct the value, qualifier or basis, or quote the sentence that holds the figure';
  it.each([
    [
      'another value',
      'tech-loan,actual,2024-06,6590,=,level,,doc-a,余额6950亿元,',
      'the quote does not hold 6590 亿元: it holds "6950亿元" → 6950 亿元' + HINT,
    ],
    [
      'another qualifier',
      'mfg-new,target,2027,500,=,level,2024,doc-a,新增500亿元以上,',
      'the quote does not hold 500 亿元: it holds "500亿元以上" → >=500 亿元' + HINT,
    ],
    [
      'a level that is a rate',
      'tech-loan,actual,2024-06,42.4,=,level,,doc-a,同比增长42.4%,',
      'the quote does not hold 42.4 亿元: it holds "42.4%" → 42.4 %' + HINT,
    ],
    [
      'a rate that is a level',
      'tech-loan,actual,2024-06,6950,=,yoy,,doc-a,余额6950亿元,',
      'the quote does not hold 6950 %: it holds "6950亿元" → 6950 亿元' + HINT,
    ],
    [
      'a quote without a figure',
      'tech-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额,',
      'the quote does not hold 6950 亿元: it holds no figure' + HINT,
    ],
    [
      'a quote that is not in the document',
      'tech-loan,actual,2024-06,6950,=,level,,doc-a,四川省贷款余额6950亿元,',
      'quote not found in seeds/a.txt: "四川省贷款余额6950亿元"; no part of it is in the document: ' +
        'is it the right document? (copy it exactly from the document, punctuation included)',
    ],
  ])('%s', (_name, line, message) => {
    const { problems, uses, observed } = match(HEADER + line + '\n');
    expect(problems).toEqual([`data/observations.csv:2: ${message}`]);
    expect(uses).toEqual([]);
    expect(observed.size).toBe(0);
  });

  it.each([
    ['an unknown document', 'tech-loan,actual,2024-06,6950,=,level,,doc-b,四川省,'],
    ['an unknown indicator', 'x-loan,actual,2024-06,6950,=,level,,doc-a,四川省,'],
  ])('but passes over one from %s: that is reported already', (_name, line) => {
    expect(match(HEADER + line + '\n')).toMatchObject({ problems: [], uses: [] });
  });
});
