// Loading a dataset in parts (schema version 3): the head and the first part, then the rest; or the whole at
// once where the first part may not stand for the view; a failing part; an inline dataset of version 2.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../src/data/load-dataset';
import { splitDataset } from '../../src/domain/catalogue/split-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

const BASE = 'http://example.test/app/data/';
const URL_ = `${BASE}indicators.json`;
const whole = makeSyntheticDataset({ indicators: 230, regions: 12, seed: 9 });
const files = splitDataset(whole, (json) => `h${json.length}`, {
  asOf: '2025-06-30',
  firstPart: 10,
  partSize: 100,
});

/** A server of `served` (path under data/ → body); anything else 404. Records what was asked, in order. */
function server(served: Map<string, string>) {
  const asked: string[] = [];
  const fetchImpl = ((input: string) => {
    const path = String(input).slice(BASE.length);
    asked.push(path);
    const body = served.get(path);
    return Promise.resolve(new Response(body ?? 'not found', { status: body === undefined ? 404 : 200 }));
  }) as typeof fetch;
  return { asked, fetchImpl };
}

function splitFiles(drop?: string): Map<string, string> {
  const m = new Map([['indicators.json', JSON.stringify(files.index)]]);
  for (const p of files.parts) if (p.path !== drop) m.set(p.path, p.json);
  return m;
}

const noWorker = () => Promise.resolve(null);
const pause = () => Promise.resolve();
const ids = (r: LoadResult) => (r.ok ? r.value.indicators.map((i) => i.id).sort() : []);
const wholeIds = whole.indicators.map((i) => i.id).sort();

describe('loadDataset of a dataset in parts', () => {
  it('goes live on the head and the first part, and loads the rest into the whole on demand', async () => {
    const { asked, fetchImpl } = server(splitFiles());
    const first = await loadDataset(URL_, fetchImpl, pause, noWorker, () => true);
    expect(asked).toEqual(['indicators.json', files.parts[0]!.path]);
    if (!first.ok || !first.rest) throw new Error('expected the first part and a rest');
    expect(first.value.indicators.map((i) => i.id)).toEqual(files.parts[0]!.part.indicators.map((i) => i.id));
    expect(first.value.regions).toEqual(whole.regions);
    expect(first.rest).toMatchObject({ shown: 10, total: 230 });
    const all = await first.rest.load(pause);
    expect(asked.slice(2)).toEqual(files.parts.slice(1).map((p) => p.path));
    expect(ids(all)).toEqual(wholeIds);
    expect(all.ok && all.value.documents.length).toBe(whole.documents.length);
  });

  it('loads every part at once when the first part may not stand for the view', async () => {
    const { asked, fetchImpl } = server(splitFiles());
    let askedOrder: unknown = null;
    const r = await loadDataset(URL_, fetchImpl, undefined, noWorker, (order) => {
      askedOrder = order;
      return false;
    });
    expect(askedOrder).toEqual({ sort: 'status', asOf: '2025-06-30', until: expect.any(String) as string });
    expect(r.rest).toBeUndefined();
    expect(ids(r)).toEqual(wholeIds);
    expect(asked).toHaveLength(1 + files.parts.length);
    // And by default (the tools, tests): the whole.
    expect(ids(await loadDataset(URL_, server(splitFiles()).fetchImpl))).toEqual(wholeIds);
  });

  it('reports a part that fails to load, naming it, and nothing less than the whole as the whole', async () => {
    const missing = files.parts[2]!.path;
    const { fetchImpl } = server(splitFiles(missing));
    const first = await loadDataset(URL_, fetchImpl, pause, noWorker, () => true);
    expect(first.ok && first.rest).toBeTruthy();
    const all = await first.rest!.load(pause);
    expect(all).toEqual({ ok: false, error: { kind: 'network', url: BASE + missing, detail: 'HTTP 404' } });
    // Without going live first: the load fails as a whole.
    const atOnce = await loadDataset(URL_, fetchImpl);
    expect(atOnce.ok).toBe(false);
  });

  it('refuses a part that holds other than the head says', async () => {
    const served = splitFiles();
    const p = files.parts[1]!;
    served.set(p.path, JSON.stringify({ ...p.part, indicators: p.part.indicators.slice(1) }));
    const r = await loadDataset(URL_, server(served).fetchImpl);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe('schema');
  });

  it('fails on a first part that is missing, before going live', async () => {
    const r = await loadDataset(
      URL_,
      server(splitFiles(files.parts[0]!.path)).fetchImpl,
      pause,
      noWorker,
      () => true,
    );
    expect(r.ok).toBe(false);
  });

  it('still reads an inline dataset of version 2 (one file, no parts)', async () => {
    const golden = readFileSync('tests/golden/indicators.json', 'utf8').replace(
      /^\{"schemaVersion":3,/,
      '{"schemaVersion":2,',
    );
    expect(golden.startsWith('{"schemaVersion":2,')).toBe(true);
    const { asked, fetchImpl } = server(new Map([['indicators.json', golden]]));
    const r = await loadDataset(URL_, fetchImpl, pause, noWorker, () => true);
    expect(r.ok && r.value.schemaVersion).toBe(2);
    expect(r.rest).toBeUndefined();
    expect(asked).toEqual(['indicators.json']);
  });
});
