// The review API on a copy of the project: every decision is checked as the build checks it (problems in
// words, nothing written), written as one appended row (compared with a golden diff), undone to the very
// bytes, refused over a file changed since the page read it, and shown in the rebuilt dataset. A dropped
// document is copied into seeds/ unchanged, under a fresh name, and its figures become drafts.
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import type { Dataset } from '../../../src/domain/dataset-schema';
import { readBuildInput } from '../../../scripts/lib/build-input';
import { startReviewServer, type ReviewServer } from '../../../scripts/lib/review-server';
import {
  call,
  catalogueDiff,
  copyProject,
  draftedProject,
  filesOf,
  NEW_DOC,
  pageHeaders,
  said,
  type Project,
} from './project';

let p: Project;
let server: ReviewServer;

beforeEach(async () => {
  p = copyProject();
  server = await startReviewServer({ dataDir: p.data, seedsDir: p.seeds });
});
afterEach(() => server.close());

const get = (path: string) =>
  call(`${server.url}api/${path}`, { headers: pageHeaders(server.url, server.token) });
const post = (path: string, body: unknown) =>
  call(`${server.url}api/${path}`, {
    method: 'POST',
    headers: pageHeaders(server.url, server.token),
    body: JSON.stringify(body),
  });
const version = async () => (await get('documents')).json.version as string;

interface Figure {
  offset: number;
  text: string;
  state: string;
  draft?: { observation: Record<string, string>; indicator?: Record<string, string>; row?: string };
}
const figures = async () => (await get(`document?id=${NEW_DOC}`)).json.figures as Figure[];
const figure = async (text: string) => (await figures()).find((f) => f.text === text)!;

/** Accept a figure's draft, with cells changed. */
async function accept(text: string, change: Record<string, string> = {}, indicator?: Record<string, string>) {
  const f = await figure(text);
  return post('decide', {
    version: await version(),
    action: 'accept',
    document: NEW_DOC,
    offset: f.offset,
    observation: { ...f.draft!.observation, note: '', ...change },
    ...(indicator ? { indicator } : {}),
  });
}

async function ignore(text: string, quote: string, reason: string) {
  const f = await figure(text);
  return post('decide', {
    version: await version(),
    action: 'ignore',
    document: NEW_DOC,
    offset: f.offset,
    ignore: { document: NEW_DOC, quote, text, reason },
  });
}

describe('the build checks a decision before it is written', () => {
  it.each([
    [{ value: '8100' }, /the quote does not hold 8100 亿元: it holds "8000亿元" → 8000 亿元/],
    [{ indicator: 'no-such-indicator' }, /indicator "no-such-indicator" is not in .*indicators\.csv/],
    [{ quote: '全市科技型企业贷款余额8000万元' }, /quote not found in seeds\/test-progress\.txt/],
    [{ period: '2025-13' }, /period "2025-13" is not a real period/],
    [{ role: 'goal' }, /role "goal" must be one of: actual target/],
    [{ period: '2026' }, /actual dated 2026 is later than its document/],
  ])('%o', async (change, problem) => {
    const before = filesOf(p);
    const checked = await post('check', {
      version: await version(),
      action: 'accept',
      document: NEW_DOC,
      offset: 36,
      observation: { ...(await figure('8000亿元')).draft!.observation, ...change },
    });
    expect(checked.status).toBe(200);
    expect(said(checked.json.problems)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
    const decided = await accept('8000亿元', change);
    expect(decided.status).toBe(422);
    expect(said(decided.json.problems)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
    expect(filesOf(p)).toEqual(before);
  });

  it('a wrong quote: the code and its parameters travel with the message, for the page to word', async () => {
    const r = await accept('8000亿元', { quote: '全市科技型企业贷款余额8000万元' });
    expect(r.status).toBe(422);
    const problem = r.json.problems?.find((x) => x.code === 'quote-not-found');
    expect(problem).toMatchObject({
      file: expect.stringMatching(/observations\.csv$/),
      line: expect.any(Number),
      message: expect.stringMatching(/^quote not found in seeds\/test-progress\.txt/),
      params: {
        document: 'seeds/test-progress.txt',
        quote: '全市科技型企业贷款余额8000万元',
        parting: { upTo: '贷款余额8000', quoteHas: '万元' },
      },
    });
    const field = await accept('8000亿元', { role: 'goal' });
    expect(field.json.problems).toContainEqual(
      expect.objectContaining({
        code: 'field',
        params: {
          column: 'role',
          value: 'goal',
          issue: { kind: 'one-of', values: ['actual', 'target'] },
          record: 'observation',
        },
      }),
    );
  });

  it('a cell over the request limit: refused as a field problem of its row', async () => {
    const quote = '全'.repeat(2001);
    const r = await accept('8000亿元', { quote });
    expect(r.status).toBe(400);
    expect(r.json.problems).toEqual([
      {
        message: 'observation.quote: is longer than 2000 characters',
        code: 'field',
        params: {
          column: 'quote',
          value: `${'全'.repeat(40)}…`,
          issue: { kind: 'too-long', max: 2000 },
          record: 'observation',
        },
      },
    ]);
  });

  it('a new indicator of an unknown region or topic', async () => {
    const f = await figure('300亿元');
    const r = await accept('300亿元', {}, { ...f.draft!.indicator!, region: 'atlantis', topic: 'magic' });
    expect(r.status).toBe(422);
    expect(said(r.json.problems)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/region "atlantis" is not in .*regions\.csv/),
        expect.stringMatching(/topic "magic" is not in .*topics\.csv/),
      ]),
    );
  });

  it('a quote that proves another figure of the sentence first', async () => {
    const r = await accept('20.5%', {
      quote: '全市科技型企业贷款余额8000亿元，同比增长20.5%',
      value: '8000',
      basis: 'level',
    });
    expect(r.status).toBe(422);
    expect(said(r.json.problems)).toEqual([expect.stringMatching(/the quote does not prove "20\.5%"/)]);
  });
});

describe('a catalogue the build refuses', () => {
  it('lists its problems and takes no decision until they are fixed', async () => {
    appendFileSync(
      join(p.data, 'observations.csv'),
      'cq-tech-loan-balance,actual,2025-13,1,=,level,,x,y,,\n',
    );
    const list = await get('documents');
    expect(said(list.json.problems)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/observations\.csv:\d+: period "2025-13" is not a real period/),
      ]),
    );
    const before = filesOf(p);
    const r = await post('decide', {
      version: list.json.version,
      action: 'ignore',
      document: NEW_DOC,
      offset: 66,
      ignore: { document: NEW_DOC, quote: '全市新设科技金融服务中心12个', reason: 'x' },
    });
    expect(r.status).toBe(422);
    expect(said(r.json.problems)?.[0]).toMatch(/fix them first/);
    expect(filesOf(p)).toEqual(before);
  });
});

describe('decisions are written as single rows, and undone', () => {
  it('accept into an existing indicator, into a new one, ignore: the diff is those rows (golden)', async () => {
    expect((await accept('8000亿元')).status).toBe(200);
    const target = await figure('300亿元');
    const indicator = {
      ...target.draft!.indicator!,
      id: 'cq-ip-pledge-financing',
      name_zh: '知识产权质押融资额',
      name_en: 'Intellectual property pledge financing',
      note: '',
    };
    expect((await accept('300亿元', { indicator: indicator.id }, indicator)).status).toBe(200);
    expect(
      (await ignore('3000家', '服务科技型企业3000家', 'Firms served by the centres; not tracked')).status,
    ).toBe(200);
    expect(catalogueDiff(p)).toBe(readFileSync('tests/scripts/review/golden/decisions.diff', 'utf8'));
  });

  it('undo restores the bytes before the last decision, one by one', async () => {
    const file = join(p.data, 'observations.csv');
    const start = readFileSync(file);
    await accept('8000亿元');
    const one = readFileSync(file);
    await accept('20.5%');
    expect(readFileSync(file).length).toBeGreaterThan(one.length);
    const undone = await post('undo', { version: await version() });
    expect(undone.status).toBe(200);
    expect(undone.json.undone).toBe(`accept ${NEW_DOC}@47`);
    expect(readFileSync(file)).toEqual(one);
    await post('undo', { version: await version() });
    expect(readFileSync(file)).toEqual(start);
    expect((await post('undo', { version: await version() })).status).toBe(400);
    expect((await figure('8000亿元')).state).toBe('draft');
  });

  it('a catalogue changed on disk since the page read it: refused, both edits kept', async () => {
    const read = await version();
    const file = join(p.data, 'ignored.csv');
    appendFileSync(file, `${NEW_DOC},服务科技型企业3000家,3000家,written in an editor\n`);
    const edited = readFileSync(file);
    const f = await figure('8000亿元');
    const r = await post('decide', {
      version: read,
      action: 'accept',
      document: NEW_DOC,
      offset: f.offset,
      observation: f.draft!.observation,
    });
    expect(r.status).toBe(409);
    expect(r.json.error).toMatch(/changed on disk since this page read it/);
    expect(readFileSync(file)).toEqual(edited);
    expect(readFileSync(join(p.data, 'observations.csv'))).toEqual(
      readFileSync(join(p.pristine, 'observations.csv')),
    );
  });

  it('the dashboard reads the new figure after the rebuild', async () => {
    await accept('8000亿元');
    await server.rebuilt();
    const r = await call(`${server.url}data/indicators.json`);
    const d = r.json as unknown as Dataset;
    const loans = d.indicators.find((i) => i.id === 'cq-tech-loan-balance')!;
    expect(loans.observations).toContainEqual(
      expect.objectContaining({
        value: 8000,
        period: '2025-06',
        source: expect.objectContaining({ document: NEW_DOC }),
      }),
    );
  });

  it('once every figure is decided the build has none unreviewed (--strict passes)', async () => {
    for (const text of ['8000亿元', '20.5%']) expect((await accept(text)).status).toBe(200);
    expect((await ignore('12个', '全市新设科技金融服务中心12个', 'not tracked')).status).toBe(200);
    expect((await ignore('3000家', '服务科技型企业3000家', 'not tracked')).status).toBe(200);
    const f = await figure('300亿元');
    expect((await accept('300亿元', {}, f.draft!.indicator)).status).toBe(200);
    const built = buildDataset(await readBuildInput(p.data, p.seeds));
    expect(built.ok && built.value.unreviewed).toEqual([]);
    expect((await get('documents')).json.documents).toContainEqual(
      expect.objectContaining({ id: NEW_DOC, unreviewed: 0 }),
    );
  });
});

describe('a dropped document', () => {
  const text = '截至2025年3月末，全市科技型企业贷款余额7000亿元。\n';
  const upload = (name: string, body: string | Buffer = text) =>
    call(`${server.url}api/upload?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: pageHeaders(server.url, server.token, 'application/octet-stream'),
      body,
    });

  it('is copied into seeds/ unchanged with its documents.csv row, and drafted', async () => {
    const up = await upload('进展 (2025).txt');
    expect(up.status).toBe(200);
    expect(up.json.file).toBe('seeds/进展-2025.txt');
    // Nothing is written until its row is confirmed.
    expect(filesOf(p)).not.toHaveProperty(['seeds/进展-2025.txt']);
    const row = {
      ...(up.json.row as Record<string, string>),
      id: 'cq-2025-q1',
      title: '进展',
      issuer: '某局',
      published: '2025-04-10',
      region: 'chongqing',
      kind: 'notice',
    };
    const r = await post('document-row', { version: await version(), pending: up.json.pending, row });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(readFileSync(join(p.seeds, '进展-2025.txt'), 'utf8')).toBe(text);
    const docs = readFileSync(join(p.data, 'documents.csv'), 'utf8');
    expect(docs).toBe(
      readFileSync(join(p.pristine, 'documents.csv'), 'utf8') +
        'cq-2025-q1,seeds/进展-2025.txt,进展,某局,2025-04-10,chongqing,notice,\n',
    );
    const view = await get('document?id=cq-2025-q1');
    expect(view.json.figures).toEqual([
      expect.objectContaining({
        text: '7000亿元',
        state: 'draft',
        draft: expect.objectContaining({
          observation: expect.objectContaining({ indicator: 'cq-tech-loan-balance', period: '2025-03' }),
        }),
      }),
    ]);
    // Undo takes the file and its row away again.
    await post('undo', { version: await version() });
    expect(filesOf(p)).not.toHaveProperty(['seeds/进展-2025.txt']);
    expect(readFileSync(join(p.data, 'documents.csv'), 'utf8')).toBe(
      readFileSync(join(p.pristine, 'documents.csv'), 'utf8'),
    );
  });

  it('never overwrites a file of the same name', async () => {
    writeFileSync(join(p.seeds, 'dup.txt'), 'x');
    const up = await upload('dup.txt');
    expect(up.json.file).toBe('seeds/dup-1.txt');
  });

  it('a row the build refuses writes neither the row nor the file', async () => {
    const before = filesOf(p);
    const up = await upload('bad.txt');
    const row = {
      ...(up.json.row as Record<string, string>),
      id: 'Bad Id',
      published: '2025-02-30',
      region: 'atlantis',
    };
    const r = await post('document-row', { version: await version(), pending: up.json.pending, row });
    expect(r.status).toBe(422);
    expect(said(r.json.problems)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^document: id "Bad Id"/),
        expect.stringMatching(/^document: published "2025-02-30"/),
      ]),
    );
    expect(filesOf(p)).toEqual(before);
  });
});

describe("a document's own row", () => {
  const meta = (row: Record<string, string>) => post('document-meta', { version: '', id: NEW_DOC, row });
  const row = {
    title: '重庆市科技金融工作进展情况（2025年上半年）',
    issuer: '重庆市地方金融管理局',
    published: '2025-07-16',
    region: 'chongqing',
    kind: 'notice',
    note: '',
  };

  it('is corrected in place: the diff is that row', async () => {
    const view = await get(`document?id=${NEW_DOC}`);
    expect(view.json.row).toMatchObject({
      id: NEW_DOC,
      file: 'seeds/test-progress.txt',
      published: '2025-07-15',
    });
    const r = await post('document-meta', { version: await version(), id: NEW_DOC, row });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(catalogueDiff(p)).toBe(
      [
        '--- a/data/documents.csv',
        '+++ b/data/documents.csv',
        '@@ -7 +7 @@',
        `-${NEW_DOC},seeds/test-progress.txt,重庆市科技金融工作进展情况,重庆市地方金融管理局,2025-07-15,chongqing,notice,`,
        `+${NEW_DOC},seeds/test-progress.txt,重庆市科技金融工作进展情况（2025年上半年）,重庆市地方金融管理局,2025-07-16,chongqing,notice,`,
        '',
      ].join('\n'),
    );
  });

  it('a row the build refuses, or a stale page, writes nothing', async () => {
    const before = filesOf(p);
    const bad = await post('document-meta', {
      version: await version(),
      id: NEW_DOC,
      row: { ...row, region: 'atlantis', published: '2025-02-30' },
    });
    expect(bad.status).toBe(422);
    expect(said(bad.json.problems)).toEqual(
      expect.arrayContaining([expect.stringMatching(/published "2025-02-30"/)]),
    );
    const stale = await meta(row);
    expect(stale.status).toBe(409);
    expect(filesOf(p)).toEqual(before);
  });
});

describe('a figure its draft row proposes (npm run draft -- FILE --write)', () => {
  let drafted: Project;
  beforeAll(() => {
    drafted = draftedProject();
  }, 60_000);
  beforeEach(async () => {
    await server.close();
    p = copyProject(false, drafted);
    server = await startReviewServer({ dataDir: p.data, seedsDir: p.seeds });
  });
  const observations = () => join(p.data, 'observations.csv');
  /** The page's form as it opens: the draft row's cells, its note left out (as formFor does). */
  const asDrafted = async (text: string) => {
    const f = await figure(text);
    return { ...f.draft!.indicator!, note: '' };
  };

  it('shows as a draft, its form filled from the row (and the draft indicator it names)', async () => {
    const loan = await figure('8000亿元');
    expect(loan.state).toBe('draft');
    expect(loan.draft).toEqual({
      observation: expect.objectContaining({
        indicator: 'cq-tech-loan-balance',
        period: '2025-06',
        value: '8000',
        quote: '全市科技型企业贷款余额8000亿元',
        note: expect.stringMatching(/^draft: continues cq-tech-loan-balance/),
      }),
      row: `${observations()}:78`,
    });
    expect(loan.draft!.observation).not.toHaveProperty('draft');
    const pledge = await figure('300亿元');
    expect(pledge.draft).toMatchObject({
      observation: { indicator: 'draft-test-2025-progress-3', role: 'target', period: '2027' },
      indicator: { id: 'draft-test-2025-progress-3', name_zh: '力争全市知识产权质押融资额' },
      row: `${observations()}:82`,
    });
    expect(pledge.draft!.indicator).not.toHaveProperty('draft');
  });

  it("accepted, corrected, ignored: each decided in its row's place, the draft mark cleared (golden)", async () => {
    // As drafted, into an existing indicator; as drafted, into its draft indicator (which is reviewed with it).
    expect((await accept('8000亿元')).status).toBe(200);
    expect((await accept('12个', {}, await asDrafted('12个'))).status).toBe(200);
    // Corrected: a shorter quote, and the draft indicator given its id and names.
    const indicator = {
      ...(await asDrafted('300亿元')),
      id: 'cq-ip-pledge-financing',
      name_zh: '知识产权质押融资额',
      name_en: 'Intellectual property pledge financing',
    };
    const corrected = await accept(
      '300亿元',
      { indicator: indicator.id, quote: '知识产权质押融资额达到300亿元' },
      indicator,
    );
    expect(corrected.status, JSON.stringify(corrected.json)).toBe(200);
    // Ignored: the draft row goes, and the draft indicator only it used.
    expect(
      (await ignore('3000家', '服务科技型企业3000家', 'Firms served by the centres; not tracked')).status,
    ).toBe(200);
    expect(catalogueDiff(p)).toBe(readFileSync('tests/scripts/review/golden/draft-decisions.diff', 'utf8'));

    // In the dataset: the decided figures reviewed, the one left still a draft.
    const built = buildDataset(await readBuildInput(p.data, p.seeds));
    if (!built.ok) throw new Error(built.error.map((e) => e.message).join('\n'));
    const loan = built.value.dataset.indicators.find((i) => i.id === 'cq-tech-loan-balance')!;
    const byValue = (v: number) => loan.observations.find((o) => o.value === v);
    expect([byValue(8000)?.draft, byValue(20.5)?.draft]).toEqual([undefined, true]);
    expect(built.value.dataset.indicators.filter((i) => i.draft)).toEqual([]);
    expect(built.value.drafts.rows).toEqual([{ file: observations(), line: 79 }]);
  });

  it('undo restores the exact bytes before each decision, the draft rows included', async () => {
    const start = filesOf(p);
    expect((await ignore('3000家', '服务科技型企业3000家', 'not tracked')).status).toBe(200);
    const afterIgnore = filesOf(p);
    const f = await figure('300亿元');
    expect((await accept('300亿元', {}, { ...f.draft!.indicator!, note: '' })).status).toBe(200);
    expect(filesOf(p)).not.toEqual(afterIgnore);
    expect((await post('undo', { version: await version() })).status).toBe(200);
    expect(filesOf(p)).toEqual(afterIgnore);
    expect((await post('undo', { version: await version() })).status).toBe(200);
    expect(filesOf(p)).toEqual(start);
    expect((await figure('3000家')).draft).toMatchObject({ row: `${observations()}:81` });
  });

  it('once every drafted figure is decided no draft row is left (--strict passes)', async () => {
    for (const text of ['8000亿元', '20.5%']) expect((await accept(text)).status).toBe(200);
    for (const text of ['12个', '300亿元'])
      expect((await accept(text, {}, await asDrafted(text))).status).toBe(200);
    expect((await ignore('3000家', '服务科技型企业3000家', 'not tracked')).status).toBe(200);
    const built = buildDataset(await readBuildInput(p.data, p.seeds));
    expect(built.ok && built.value.unreviewed).toEqual([]);
    expect(built.ok && built.value.drafts.rows).toEqual([]);
    expect(readFileSync(observations(), 'utf8')).not.toMatch(/,1\n/);
  });

  it('accepted into another indicator, its draft indicator left with no figure goes', async () => {
    const r = await accept('3000家', { indicator: 'cq-ipv-loan-firms', basis: 'level' });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const indicators = readFileSync(join(p.data, 'indicators.csv'), 'utf8');
    expect(indicators).not.toContain('draft-test-2025-progress-2,');
    expect(indicators).toContain('draft-test-2025-progress-1,');
  });
});
