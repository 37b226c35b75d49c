import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { inputFrom, validTables, withLine } from '../../support/build-fixture';

function problemsOf(input: ReturnType<typeof inputFrom>): string[] {
  const result = buildDataset(input);
  if (result.ok) throw new Error('expected the build to fail');
  return result.error.map(formatProblem);
}

const t = validTables();

describe('buildDataset on a valid catalogue', () => {
  const result = buildDataset(inputFrom({}));
  if (!result.ok) throw new Error(result.error.map(formatProblem).join('\n'));
  const { dataset, summary, unreviewed } = result.value;

  it('builds indicators with their observations, values and verbatim quotes', () => {
    expect(summary).toMatchObject({ documents: 1, indicators: 2, observations: 3, actuals: 2, targets: 1 });
    const loan = dataset.indicators.find((i) => i.id === 'tech-loan');
    expect(loan?.observations.map((o) => [o.role, o.period, o.value, o.basis])).toEqual([
      ['actual', '2024-06', 6950, 'level'],
      ['actual', '2024-06', 42.4, 'yoy'],
    ]);
    const target = dataset.indicators.find((i) => i.id === 'mfg-new')?.observations[0];
    expect(target).toMatchObject({
      role: 'target',
      period: '2027',
      value: 500,
      qualifier: '>=',
      since: '2024',
    });
  });

  it('records where each quote sits in the normalised document text', () => {
    const doc = dataset.documents[0];
    for (const o of dataset.indicators.flatMap((i) => i.observations)) {
      expect(doc?.text.slice(o.source.offset, o.source.offset + o.source.quote.length)).toBe(o.source.quote);
    }
  });

  it('accounts for every mention: used, ignored with a reason, none unreviewed', () => {
    expect(unreviewed).toEqual([]);
    expect(summary.mentions.unreviewed).toBe(0);
    const byText = (text: string) => dataset.mentions.find((m) => m.text.includes(text));
    expect(byText('6950')?.status).toBe('used');
    expect(byText('三大')).toMatchObject({ status: 'ignored', reason: '交易所数量，不是指标' });
    expect(byText('63151723')).toMatchObject({ status: 'ignored', class: 'phone' });
  });

  it('reports a figure nobody reviewed, located in its document', () => {
    const r = buildDataset(inputFrom({ ignored: 'document,quote,text,reason\n' }));
    expect(r.ok && r.value.unreviewed.map(formatProblem)).toEqual([
      expect.stringMatching(/^seeds\/a\.txt:3: unreviewed figure "三大/),
    ]);
  });

  it('is deterministic', () => {
    const again = buildDataset(inputFrom({}));
    expect(again.ok && JSON.stringify(again.value.dataset)).toBe(JSON.stringify(dataset));
  });
});

describe('buildDataset refuses a broken catalogue, naming file and line', () => {
  const cases: [string, Parameters<typeof inputFrom>[0], RegExp][] = [
    [
      'a quote that is not in the document',
      {
        observations: withLine(
          t.observations,
          2,
          'tech-loan,actual,2024-06,6950,=,level,,doc-a,科技型企业贷款余额为6950亿元,',
        ),
      },
      /^data\/observations\.csv:2: quote not found in seeds\/a\.txt/,
    ],
    [
      'a quote found twice',
      { observations: withLine(t.observations, 2, 'tech-loan,actual,2024-06,6950,=,level,,doc-a,亿元,') },
      /^data\/observations\.csv:2: quote occurs 2 times in seeds\/a\.txt \(lines 2, 3\)/,
    ],
    [
      'a value that differs from the quote',
      {
        observations: withLine(
          t.observations,
          2,
          'tech-loan,actual,2024-06,6590,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      /^data\/observations\.csv:2: the quote does not hold 6590 亿元: it holds "6950亿元" → 6950 亿元/,
    ],
    [
      'a qualifier that differs from the quote',
      {
        observations: withLine(
          t.observations,
          4,
          'mfg-new,target,2027,500,=,level,2024,doc-a,制造业融资额新增500亿元以上,',
        ),
      },
      /^data\/observations\.csv:4: the quote does not hold 500 亿元/,
    ],
    [
      'an unknown indicator',
      {
        observations: withLine(
          t.observations,
          2,
          'tech-lone,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      /^data\/observations\.csv:2: indicator "tech-lone" is not in data\/indicators\.csv/,
    ],
    [
      'an unknown document',
      {
        observations: withLine(
          t.observations,
          2,
          'tech-loan,actual,2024-06,6950,=,level,,doc-b,全市科技型企业贷款余额6950亿元,',
        ),
      },
      /^data\/observations\.csv:2: document "doc-b" is not in data\/documents\.csv/,
    ],
    [
      'an unknown region',
      {
        indicators: withLine(
          t.indicators,
          2,
          'tech-loan,科技型企业贷款余额,Tech loan balance,sichuan,credit,亿元,stock,increase,',
        ),
      },
      /^data\/indicators\.csv:2: region "sichuan" is not in data\/regions\.csv/,
    ],
    [
      'an unknown unit',
      {
        indicators: withLine(
          t.indicators,
          2,
          'tech-loan,科技型企业贷款余额,Tech loan balance,chongqing,credit,亿美元,stock,increase,',
        ),
      },
      /^data\/indicators\.csv:2: unit "亿美元" must be one of: 亿元 %/,
    ],
    [
      'a duplicate id',
      {
        indicators: withLine(
          t.indicators,
          3,
          'tech-loan,制造业融资额,New mfg,chongqing,manufacturing,亿元,flow,increase,',
        ),
      },
      /^data\/indicators\.csv:3: duplicate id "tech-loan" \(first on line 2\)/,
    ],
    [
      'a month that does not exist',
      {
        observations: withLine(
          t.observations,
          4,
          'mfg-new,target,2025-13,500,>=,level,2024,doc-a,制造业融资额新增500亿元以上,',
        ),
      },
      /^data\/observations\.csv:4: period "2025-13" is not a real period/,
    ],
    [
      'a period written in words',
      {
        observations: withLine(
          t.observations,
          4,
          'mfg-new,target,去年,500,>=,level,2024,doc-a,制造业融资额新增500亿元以上,',
        ),
      },
      /^data\/observations\.csv:4: period "去年" must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'/,
    ],
    [
      'a target dated before its own document',
      {
        observations: withLine(
          t.observations,
          4,
          'mfg-new,target,2024,500,>=,level,2024,doc-a,制造业融资额新增500亿元以上,',
        ),
      },
      /^data\/observations\.csv:4: target dated 2024 is before its own document \(published 2025-07-28\)/,
    ],
    [
      'an actual dated after its document',
      {
        observations: withLine(
          t.observations,
          2,
          'tech-loan,actual,2026,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
        ),
      },
      /^data\/observations\.csv:2: actual dated 2026 is later than its document/,
    ],
    [
      'a missing column',
      { observations: t.observations.replace('qualifier,', '').replace(/,=,|,>=,/g, ',') },
      /^data\/observations\.csv:1: missing column "qualifier"/,
    ],
    [
      'an extra column',
      {
        topics: 'id,name_zh,name_en,colour\ncredit,科技信贷,Tech credit,red\nmanufacturing,制造业,Mfg,blue\n',
      },
      /^data\/topics\.csv:1: unknown column "colour"/,
    ],
    [
      'a row with too many cells',
      { topics: 'id,name_zh,name_en\ncredit,科技信贷,Tech, credit\nmanufacturing,制造业,Mfg\n' },
      /^data\/topics\.csv:2: expected 3 cells \(id,name_zh,name_en\) but found 4/,
    ],
    [
      'an unbalanced quote',
      { topics: 'id,name_zh,name_en\ncredit,"科技信贷,Tech credit\nmanufacturing,制造业,Mfg\n' },
      /^data\/topics\.csv(:\d+)?: CSV syntax: .*quote/i,
    ],
    [
      "a file saved with ';' separators",
      { topics: 'id;name_zh;name_en\ncredit;科技信贷;Tech credit\n' },
      /^data\/topics\.csv:1: columns are separated by ';'/,
    ],
    ['an empty file', { topics: '' }, /^data\/topics\.csv:1: the file is empty/],
    [
      'an ignore row whose text is not in its quote',
      { ignored: 'document,quote,text,reason\ndoc-a,沪、深、北三大交易所,四大,交易所数量\n' },
      /^data\/ignored\.csv:2: no mention "四大" inside the quote/,
    ],
    [
      'an ignore row for a figure an observation uses',
      { ignored: t.ignored + 'doc-a,全市科技型企业贷款余额6950亿元,,重复\n' },
      /^data\/ignored\.csv:3: "6950亿元" is used by data\/observations\.csv:2/,
    ],
    [
      'a parent region that does not exist',
      { regions: withLine(t.regions, 3, 'chongqing,重庆市,Chongqing,southwest') },
      /^data\/regions\.csv:3: parent "southwest" is not a region id/,
    ],
  ];

  it.each(cases)('%s', (_name, tables, expected) => {
    expect(problemsOf(inputFrom(tables))).toContainEqual(expect.stringMatching(expected));
  });

  it.each([
    ['1,2.3', '"1,2.3"'],
    ['NaN', 'NaN'],
    ['1e999', '1e999'],
    ['一千', '一千'],
    ['', ''],
  ])('refuses the value %s', (shown, cell) => {
    const obs = withLine(
      t.observations,
      2,
      `tech-loan,actual,2024-06,${cell},=,level,,doc-a,全市科技型企业贷款余额6950亿元,`,
    );
    expect(problemsOf(inputFrom({ observations: obs }))).toContainEqual(
      `data/observations.csv:2: value "${shown}" must be a plain decimal number such as 6950 or 0.2781 (no separators, words or exponents)`,
    );
  });

  it('lists every problem, not just the first', () => {
    const obs = withLine(
      withLine(
        t.observations,
        2,
        'x-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,',
      ),
      4,
      'mfg-new,target,2025-13,500,>=,level,2024,doc-a,制造业融资额新增500亿元以上,',
    );
    const problems = problemsOf(inputFrom({ observations: obs }));
    expect(problems.filter((p) => p.startsWith('data/observations.csv:2:')).length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.startsWith('data/observations.csv:4:')).length).toBeGreaterThan(0);
  });

  it('reports the problems of every step together, in file and line order', () => {
    const problems = problemsOf(
      inputFrom(
        {
          // matching quotes, checking observations, and a row the schema refuses (reading tables)
          observations:
            withLine(t.observations, 3, 'tech-loan,actual,2024-06,42.4,=,level,,doc-a,同比增长42.4%,') +
            'mfg-new,target,2027,500,>=,level,2024,doc-a,制造业融资额新增500亿元以上,\n' +
            'mfg-new,target,2027,五百,>=,level,2024,doc-a,制造业融资额新增500亿元以上,\n',
          // accounting for mentions, then checking references
          ignored:
            t.ignored + 'doc-a,全市科技型企业贷款余额6950亿元,,重复\n' + 'doc-b,三大交易所,,不是指标\n',
        },
        // reading documents
        { 'seeds/b.txt': '新文件' },
      ),
    );
    expect(problems).toEqual([
      'data/ignored.csv:3: "6950亿元" is used by data/observations.csv:2; remove this row or that observation',
      'data/ignored.csv:4: document "doc-b" is not in data/documents.csv: check the spelling, or add a row for it there',
      // two problems on one line: by message
      'data/observations.csv:3: duplicate observation: same indicator, role, period, basis and document as line 2',
      'data/observations.csv:3: the quote does not hold 42.4 亿元: it holds "42.4%" → 42.4 % (values are in the indicator\'s unit, 亿元, with 万 applied and money in 亿元): correct the value, qualifier or basis, or quote the sentence that holds the figure',
      'data/observations.csv:5: duplicate observation: same indicator, role, period, basis and document as line 4',
      'data/observations.csv:6: value "五百" must be a plain decimal number such as 6950 or 0.2781 (no separators, words or exponents)',
      'seeds/b.txt: not listed in data/documents.csv: add a row for it (see README, "Adding a document")',
    ]);
  });

  it('refuses a seed document that is not catalogued', () => {
    expect(problemsOf(inputFrom({}, { 'seeds/b.txt': '新文件' }))).toContainEqual(
      expect.stringMatching(/^seeds\/b\.txt: not listed in data\/documents\.csv/),
    );
  });

  it('refuses a binary document', () => {
    expect(
      problemsOf(inputFrom({}, { 'seeds/a.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) })),
    ).toContainEqual(expect.stringMatching(/^seeds\/a\.txt: /));
  });
});

describe('buildDataset reads the files that real tools write', () => {
  it('accepts CSVs with a BOM, CRLF line endings and blank lines', () => {
    const crlf = (s: string) => '\ufeff' + s.replace(/\n/g, '\r\n') + '\r\n';
    const r = buildDataset(inputFrom({ observations: crlf(t.observations), indicators: crlf(t.indicators) }));
    expect(r.ok).toBe(true);
  });

  it('accepts a catalogue saved by Excel in GBK', () => {
    const input = inputFrom({});
    input.tables.indicators = { file: 'data/indicators.csv', bytes: iconv.encode(t.indicators, 'gbk') };
    const r = buildDataset(input);
    expect(r.ok && r.value.dataset.indicators[0]?.name.zh).toBe('科技型企业贷款余额');
  });

  it('builds the same figures from a GB18030 document as from its UTF-8 original', () => {
    const utf8 = buildDataset(inputFrom({}));
    const gb = buildDataset(inputFrom({}, { 'seeds/a.txt': iconv.encode(inputFromText(), 'gb18030') }));
    expect(gb.ok && utf8.ok).toBe(true);
    if (gb.ok && utf8.ok) expect(gb.value.dataset).toEqual(utf8.value.dataset);
  });
});

function inputFromText(): string {
  const read = inputFrom({}).seeds.get('seeds/a.txt');
  if (!read?.ok) throw new Error('the fixture document does not read');
  return read.value;
}
