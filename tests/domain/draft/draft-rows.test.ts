// Draft rows for a document taken out of the catalogue: accepted as they are, they must build (every quote
// found once, every value proven), and they should say what the curators said.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import { CSV_COLUMNS } from '../../../src/domain/catalogue/rows';
import { draftRows, likeness } from '../../../src/domain/draft/draft-rows';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { readBuildInput } from '../../../scripts/lib/build-input';

const DOC = 'cq-2018-reply-0108';
const dir = mkdtempSync(join(tmpdir(), 'drafts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rows = Record<string, string>[];
const read = (name: string): Rows =>
  Papa.parse<Record<string, string>>(readFileSync(join(dir, 'data', `${name}.csv`), 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.replace(/^\uFEFF/, ''),
  }).data;
const write = (name: keyof typeof CSV_COLUMNS, rows: Rows) => {
  const { required, optional } = CSV_COLUMNS[name];
  writeFileSync(
    join(dir, 'data', `${name}.csv`),
    Papa.unparse({ fields: [...required, ...optional], data: rows }, { newline: '\n' }) + '\n',
  );
};

describe('draftRows for a reply taken out of the catalogue', async () => {
  cpSync('data', join(dir, 'data'), { recursive: true });
  const curated = read('observations').filter((o) => o.document === DOC);
  const kept = read('observations').filter((o) => o.document !== DOC);
  // The indicators only this document gives figures for go too; the others stay for its drafts to continue.
  const theirs = new Set(
    curated.map((o) => o.indicator).filter((id) => !kept.some((o) => o.indicator === id)),
  );
  write('observations', kept);
  write(
    'ignored',
    read('ignored').filter((o) => o.document !== DOC),
  );
  write(
    'indicators',
    read('indicators').filter((i) => !theirs.has(i.id)),
  );

  const before = buildDataset(await readBuildInput(join(dir, 'data'), 'seeds'));
  if (!before.ok) throw new Error(before.error.map(formatProblem).join('\n'));
  const doc = before.value.dataset.documents.find((d) => d.id === DOC)!;
  const unreviewed = new Set(
    before.value.dataset.mentions
      .filter((m) => m.document === DOC && m.status === 'unreviewed')
      .map((m) => m.offset),
  );
  const drafts = draftRows({
    document: doc,
    mentions: extractMentions(doc.text),
    unreviewed,
    indicators: before.value.dataset.indicators,
    regions: before.value.dataset.regions,
  });

  it('drafts a row for nearly every unreviewed figure, each saying why', () => {
    expect(unreviewed.size).toBeGreaterThan(25);
    // every figure is drafted, proposed as ignored, or skipped with its reason
    expect(drafts.observations.length + drafts.ignored.length + drafts.skipped.length).toBe(unreviewed.size);
    expect(drafts.ignored.length).toBeGreaterThan(0);
    for (const i of drafts.ignored)
      expect(i.why).toMatch(/not an indicator|not a statistic|is the observation/);
    expect(drafts.observations.length).toBeGreaterThanOrEqual(
      (unreviewed.size - drafts.ignored.length) * 0.9,
    );
    for (const o of drafts.observations) expect(o.note).toMatch(/^draft: (continues|new, shaped like) /);
  });

  it('builds when accepted as they are: every quote found once and every value proven', async () => {
    write('indicators', [...read('indicators'), ...drafts.indicators]);
    write('observations', [...read('observations'), ...drafts.observations]);
    const after = buildDataset(await readBuildInput(join(dir, 'data'), 'seeds'));
    expect(after.ok ? [] : after.error.map(formatProblem)).toEqual([]);
    if (after.ok) {
      const left = after.value.dataset.mentions.filter(
        (m) => m.document === DOC && m.status === 'unreviewed',
      );
      expect(left.length).toBe(drafts.skipped.length + drafts.ignored.length);
    }
  });

  it('says what the curators said for most figures: value, role and period, and an indicator like theirs', () => {
    const names = new Map(read('indicators').map((i) => [i.id, i.name_zh]));
    const curatedNames = new Map(
      Papa.parse<Record<string, string>>(readFileSync('data/indicators.csv', 'utf8'), {
        header: true,
      }).data.map((i) => [i.id, i.name_zh]),
    );
    const hits = curated.filter((c) =>
      drafts.observations.some(
        (d) =>
          Number(d.value) === Number(c.value) &&
          d.role === c.role &&
          (d.period ?? '').slice(0, 4) === (c.period ?? '').slice(0, 4) &&
          likeness(names.get(d.indicator) ?? '', curatedNames.get(c.indicator) ?? '') >= 0.3,
      ),
    );
    console.log(
      `draftRows: ${hits.length} of ${curated.length} curated observations of ${DOC} drafted alike`,
    );
    expect(hits.length).toBeGreaterThanOrEqual(curated.length * 0.6);
  });

  it("numbers a later run's new indicators past the ids the first run took", () => {
    const offsets = [...unreviewed].sort((a, b) => a - b);
    const half = offsets.slice(0, offsets.length / 2);
    const run = (some: number[], known: Parameters<typeof draftRows>[0]['indicators']) =>
      draftRows({
        document: doc,
        mentions: extractMentions(doc.text),
        unreviewed: new Set(some),
        indicators: known,
        regions: before.value.dataset.regions,
      });
    const first = run(half, before.value.dataset.indicators);
    const asKnown = first.indicators.map((r) => ({
      ...before.value.dataset.indicators[0]!,
      id: r.id!,
      name: { zh: r.name_zh!, en: r.name_en! },
    }));
    const second = run(
      offsets.filter((o) => !half.includes(o)),
      [...before.value.dataset.indicators, ...asKnown],
    );
    expect(first.indicators.length).toBeGreaterThan(0);
    expect(second.indicators.length).toBeGreaterThan(0);
    const ids = [...first.indicators, ...second.indicators].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('draftRows, one value a period for each series', () => {
  const SHAPE = {
    id: 'shape',
    name: { zh: '', en: '' },
    region: '',
    topic: 'credit',
    unit: '亿元' as const,
    measure: 'stock' as const,
    direction: 'increase' as const,
  };
  const draft = (text: string, indicators = [SHAPE]) => {
    const mentions = extractMentions(text);
    const figures = new Set(mentions.filter((m) => m.class === 'figure').map((m) => m.offset));
    return draftRows({
      document: { id: 'doc', text, published: '2022-07-20', region: 'cq-gaoxin' },
      mentions,
      unreviewed: figures,
      indicators,
    });
  };
  const series = (d: ReturnType<typeof draft>) => d.observations.map((o) => [o.value, o.indicator]);

  it('gives a figure alike by name but of a period its like already holds a series of its own', () => {
    // 人民币存款余额 and 人民币贷款余额 share two thirds of their bigrams.
    const d = draft('到2021年12月底，人民币存款余额536.2亿元，人民币贷款余额512亿元。');
    expect(series(d)).toEqual([
      ['536.2', 'draft-doc-1'],
      ['512', 'draft-doc-2'],
    ]);
    expect(d.skipped).toEqual([]);
  });

  it('continues a series for another period', () => {
    const d = draft('2020年，贷款余额500亿元；2021年，贷款余额600亿元。');
    expect(series(d)).toEqual([
      ['500', 'draft-doc-1'],
      ['600', 'draft-doc-1'],
    ]);
  });

  it('drafts no second row for a figure the text repeats (a table after its paragraph), and says so', () => {
    const d = draft('到2025年，股权投资机构达到50家。主要指标：到2025年，股权投资机构50家。');
    expect(series(d)).toEqual([['50', 'draft-doc-1']]);
    expect(d.skipped).toEqual([
      expect.objectContaining({ text: '50家', why: expect.stringMatching(/^repeats 50家/) }),
    ]);
  });

  it('continues an existing indicator only in a slot no figure of the document holds', () => {
    const known = { ...SHAPE, id: 'gx-loans', name: { zh: '贷款余额', en: 'Loans' }, region: 'cq-gaoxin' };
    const d = draft('2021年，贷款余额500亿元；其中人民币贷款余额450亿元。', [SHAPE, known]);
    expect(series(d)).toEqual([
      ['500', 'gx-loans'],
      ['450', 'draft-doc-1'],
    ]);
  });
});
