// The dataset worker's messages carry the parsed dataset in slices; the page puts it back together.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { splitDocuments } from '../../src/domain/catalogue/split-dataset';
import type { WorkerRequest } from '../../src/data/dataset-worker';
import { fetchBytes, fetchJson, parseBytes, type FetchResult } from '../../src/data/fetch-json';
import {
  assembler,
  MESSAGE_SLICE,
  resultMessages,
  sliceMessages,
  type SliceMessage,
} from '../../src/data/json-slices';
import { fetchOffMain, STARTED_KEY, takeStarted, type StartedWorker } from '../../src/data/parse-off-main';
import { loadDataset } from '../../src/data/load-dataset';
import { makeSyntheticDataset } from '../../scripts/lib/synthetic-dataset';

const goldenText = readFileSync('tests/golden/indicators.json', 'utf8');
const golden = JSON.parse(goldenText) as unknown;

function roundTrip(messages: Iterable<SliceMessage>) {
  const add = assembler();
  let result: ReturnType<typeof add>;
  for (const m of messages) result = add(m);
  return result;
}

/** A fetch that answers every URL with `text` (or the given status). */
const fetchOf = (text: string, status = 200) =>
  (async () => new Response(text, { status })) as unknown as typeof fetch;

/**
 * A worker stand-in that speaks the real worker's protocol ({ url } starts the download, { parse: true }
 * asks for the messages) with its code (fetchBytes, parseBytes, resultMessages) against a stand-in fetch,
 * and answers a message per task.
 */
class FakeWorker {
  onmessage: ((e: MessageEvent<SliceMessage>) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];
  private download: Promise<FetchResult> | null = null;
  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly fail = false,
  ) {}
  postMessage(request: WorkerRequest) {
    this.received.push(request);
    if (this.fail) return setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
    if ('url' in request) this.download = fetchBytes(request.url, this.fetchImpl);
    else
      void this.download!.then((fetched) => {
        let delay = 0;
        for (const m of resultMessages(fetched.ok ? parseBytes(fetched.bytes) : fetched))
          setTimeout(() => this.onmessage?.({ data: m } as MessageEvent<SliceMessage>), delay++);
      });
  }
  terminate() {
    this.terminated = true;
  }
}

const started = (worker: FakeWorker, url: string): StartedWorker => {
  worker.postMessage({ url });
  return { worker: worker as unknown as Worker, url };
};

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('sliceMessages and assembler', () => {
  it('carry the real dataset back unchanged', () => {
    expect(roundTrip(sliceMessages(golden))).toEqual({ ok: true, json: golden });
  });

  it('carry a split index (no mentions) back without inventing a mentions array', () => {
    const { index } = splitDocuments(
      makeSyntheticDataset({ indicators: 600, regions: 9, seed: 3 }),
      () => 'h',
    );
    const messages = [...sliceMessages(index)];
    expect(messages.filter((m) => m.type === 'slice')).toHaveLength(Math.ceil(600 / MESSAGE_SLICE));
    const back = roundTrip(messages);
    expect(back).toEqual({ ok: true, json: index });
    expect(Object.keys((back as { json: object }).json)).not.toContain('mentions');
  });

  it('send a large dataset as a head, slices of MESSAGE_SLICE and done', () => {
    const data = makeSyntheticDataset({ indicators: 1000, regions: 30, seed: 5 });
    const messages = [...sliceMessages(data)];
    const slices = messages.filter((m) => m.type === 'slice');
    expect(messages[0]!.type).toBe('head');
    expect(messages.at(-1)!.type).toBe('done');
    expect(slices.length).toBe(
      Math.ceil(1000 / MESSAGE_SLICE) + Math.ceil(data.mentions.length / MESSAGE_SLICE),
    );
    expect(slices.every((m) => m.type === 'slice' && m.items.length <= MESSAGE_SLICE)).toBe(true);
    expect(roundTrip(messages)).toEqual({ ok: true, json: data });
  });

  it.each<[string, unknown]>([
    ['an array', [1, 2]],
    ['null', null],
    ['an object without the arrays', { schemaVersion: 1, indicators: 3 }],
  ])('send %s whole', (_name, json) => {
    expect([...sliceMessages(json)]).toEqual([{ type: 'whole', json }]);
    expect(roundTrip(sliceMessages(json))).toEqual({ ok: true, json });
  });

  it('turn text that is not JSON into one error message', () => {
    const messages = [...resultMessages(parseBytes(bytes('{"schemaVersion": 1,')))];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', stage: 'json' });
    expect(roundTrip(messages)).toMatchObject({
      ok: false,
      stage: 'json',
      detail: expect.stringMatching(/JSON/),
    });
  });
});

describe('fetchJson', () => {
  it.each<[string, typeof fetch, object]>([
    ['a JSON body', fetchOf('{"a":1}'), { ok: true, json: { a: 1 } }],
    ['an HTTP error', fetchOf('gone', 404), { ok: false, stage: 'network', detail: 'HTTP 404' }],
    [
      'a failed request',
      (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch,
      { ok: false, stage: 'network', detail: 'Failed to fetch' },
    ],
    ['a body that is not JSON', fetchOf('{oops'), { ok: false, stage: 'json' }],
  ])('%s', async (_name, f, expected) => {
    expect(await fetchJson('u', f)).toMatchObject(expected);
  });
});

describe('fetchOffMain', () => {
  afterEach(() => {
    (globalThis as Record<string, unknown>)[STARTED_KEY] = undefined;
  });

  it('asks the worker for the dataset, takes it back, then ends it', async () => {
    const worker = new FakeWorker(fetchOf(goldenText));
    const r = await fetchOffMain('http://x/data/indicators.json', (url) => started(worker, url));
    expect(worker.received).toEqual([{ url: 'http://x/data/indicators.json' }, { parse: true }]);
    expect(r).toEqual({ ok: true, json: golden });
    expect(worker.terminated).toBe(true);
  });

  it('answers null where no worker starts, or the worker fails (the page then does the work)', async () => {
    expect(await fetchOffMain('u', () => null)).toBeNull();
    const broken = new FakeWorker(fetchOf(goldenText), true);
    expect(await fetchOffMain('u', (url) => started(broken, url))).toBeNull();
    expect(broken.terminated).toBe(true);
  });

  it("reports the worker's network and JSON errors", async () => {
    const gone = new FakeWorker(fetchOf('', 404));
    expect(await fetchOffMain('u', (url) => started(gone, url))).toEqual({
      ok: false,
      stage: 'network',
      detail: 'HTTP 404',
    });
    const bad = new FakeWorker(fetchOf('not json'));
    expect(await fetchOffMain('u', (url) => started(bad, url))).toMatchObject({ ok: false, stage: 'json' });
  });

  it("takes over the starter's worker, whose download began before the app's script ran", async () => {
    const data = makeSyntheticDataset({ indicators: 1000, regions: 30, seed: 5 });
    const fetched: string[] = [];
    const fetchImpl = (async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify(data));
    }) as unknown as typeof fetch;
    const worker = new FakeWorker(fetchImpl);
    (globalThis as Record<string, unknown>)[STARTED_KEY] = started(worker, 'http://x/d.json');
    expect(fetched).toEqual(['http://x/d.json']);
    const r = await fetchOffMain('http://x/d.json');
    expect(r).toEqual({ ok: true, json: data });
    expect(worker.received).toEqual([{ url: 'http://x/d.json' }, { parse: true }]);
    expect(fetched).toHaveLength(1);
    expect((globalThis as Record<string, unknown>)[STARTED_KEY]).toBeUndefined();
  });

  it("takes the starter's worker once, and only for its own URL", () => {
    const slot = globalThis as Record<string, unknown>;
    const worker = new FakeWorker(fetchOf('{}'));
    slot[STARTED_KEY] = { worker, url: 'a' };
    expect(takeStarted('b')).toBeUndefined();
    expect(worker.terminated).toBe(true);
    expect(slot[STARTED_KEY]).toBeUndefined();
    slot[STARTED_KEY] = { worker, url: 'a', failed: true };
    expect(takeStarted('a')).toBeNull();
    expect(takeStarted('a')).toBeUndefined();
  });
});

describe('loadDataset on the page (with pauses)', () => {
  const offMain =
    (text: string, status = 200) =>
    (url: string) =>
      fetchOffMain(url, (u) => started(new FakeWorker(fetchOf(text, status)), u));

  it('gives the same dataset as the plain load', async () => {
    const paged = await loadDataset('u', fetchOf(''), async () => {}, offMain(goldenText));
    expect(paged).toEqual(await loadDataset('u', fetchOf(goldenText)));
    expect(paged.ok).toBe(true);
  });

  it('names a body that is not JSON, and a failed download', async () => {
    expect(await loadDataset('u', fetchOf(''), async () => {}, offMain('{oops'))).toMatchObject({
      ok: false,
      error: { kind: 'json', url: 'u' },
    });
    expect(await loadDataset('u', fetchOf(''), async () => {}, offMain('', 503))).toEqual({
      ok: false,
      error: { kind: 'network', url: 'u', detail: 'HTTP 503' },
    });
  });

  it('fetches and parses on the page where no worker could', async () => {
    const r = await loadDataset(
      'u',
      fetchOf(goldenText),
      async () => {},
      async () => null,
    );
    expect(r).toEqual(await loadDataset('u', fetchOf(goldenText)));
  });
});
