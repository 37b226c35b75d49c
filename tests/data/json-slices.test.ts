// The dataset worker's messages carry the parsed dataset in slices; the page puts it back together.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assembler,
  MESSAGE_SLICE,
  parseToMessages,
  sliceMessages,
  type SliceMessage,
} from '../../src/data/json-slices';
import { parseOffMain } from '../../src/data/parse-off-main';
import { loadDataset } from '../../src/data/load-dataset';
import { makeSyntheticDataset } from '../support/synthetic-dataset';

const goldenText = readFileSync('tests/golden/indicators.json', 'utf8');
const golden = JSON.parse(goldenText) as unknown;

function roundTrip(messages: Iterable<SliceMessage>) {
  const add = assembler();
  let result: ReturnType<typeof add>;
  for (const m of messages) result = add(m);
  return result;
}

/** A worker stand-in that runs the real worker code and answers a message per task. */
class FakeWorker {
  onmessage: ((e: MessageEvent<SliceMessage>) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(buffer: ArrayBuffer) {
    if (this.fail) return setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
    let delay = 0;
    for (const m of parseToMessages(new TextDecoder().decode(buffer)))
      setTimeout(() => this.onmessage?.({ data: m } as MessageEvent<SliceMessage>), delay++);
  }
  terminate() {
    this.terminated = true;
  }
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('sliceMessages and assembler', () => {
  it('carry the real dataset back unchanged', () => {
    expect(roundTrip(sliceMessages(golden))).toEqual({ ok: true, json: golden });
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
    const messages = [...parseToMessages('{"schemaVersion": 1,')];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error' });
    expect(roundTrip(messages)).toMatchObject({ ok: false, detail: expect.stringMatching(/JSON/) });
  });
});

describe('parseOffMain', () => {
  it('takes the dataset back from the worker, then ends it', async () => {
    const worker = new FakeWorker();
    const r = await parseOffMain(bytes(goldenText), () => worker as unknown as Worker);
    expect(r).toEqual({ ok: true, json: golden });
    expect(worker.terminated).toBe(true);
  });

  it('parses on the page where no worker starts, or the worker fails', async () => {
    expect(await parseOffMain(bytes(goldenText), () => null)).toEqual({ ok: true, json: golden });
    const broken = new FakeWorker(true);
    expect(await parseOffMain(bytes(goldenText), () => broken as unknown as Worker)).toEqual({
      ok: true,
      json: golden,
    });
    expect(broken.terminated).toBe(true);
  });

  it('reports text that is not JSON', async () => {
    const r = await parseOffMain(bytes('not json'), () => new FakeWorker() as unknown as Worker);
    expect(r.ok).toBe(false);
  });
});

describe('loadDataset on the page (with pauses)', () => {
  const fetchOf = (text: string) => (async () => new Response(text)) as unknown as typeof fetch;
  const parse = (b: ArrayBuffer) => parseOffMain(b, () => new FakeWorker() as unknown as Worker);

  it('gives the same dataset as the plain load', async () => {
    const paged = await loadDataset('u', fetchOf(goldenText), async () => {}, parse);
    expect(paged).toEqual(await loadDataset('u', fetchOf(goldenText)));
    expect(paged.ok).toBe(true);
  });

  it('names a body that is not JSON', async () => {
    const r = await loadDataset('u', fetchOf('{oops'), async () => {}, parse);
    expect(r).toMatchObject({ ok: false, error: { kind: 'json', url: 'u' } });
  });
});
