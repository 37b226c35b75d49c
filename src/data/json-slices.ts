// How the dataset worker hands a parsed dataset to the page: the object without its long arrays (indicators,
// and mentions where a dataset carries them inline) first, then those arrays a slice per message, so that the page takes each message (and the work of
// copying it in) in a task of its own. Pure: the worker and the page both use these, and tests run them.
import type { ParseResult } from './fetch-json';

export const LONG_KEYS = ['indicators', 'mentions'] as const;
export type LongKey = (typeof LONG_KEYS)[number];

/** Elements per message. */
export const MESSAGE_SLICE = 250;

export type SliceMessage =
  | { type: 'head'; head: Record<string, unknown> }
  | { type: 'slice'; key: LongKey; items: unknown[] }
  | { type: 'whole'; json: unknown }
  | { type: 'done' }
  | { type: 'error'; stage: 'network' | 'json'; detail: string };

function isSliceable(json: unknown): json is Record<string, unknown> {
  return (
    !!json &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    Array.isArray((json as Record<string, unknown>).indicators) &&
    LONG_KEYS.every((k) => {
      const v = (json as Record<string, unknown>)[k];
      return v === undefined || Array.isArray(v);
    })
  );
}

const presentKeys = (json: Record<string, unknown>) => LONG_KEYS.filter((k) => json[k] !== undefined);

/** The messages that carry `json`: head, slices, done; or the whole value if it has not the arrays. */
export function* sliceMessages(json: unknown): Generator<SliceMessage> {
  if (!isSliceable(json)) {
    yield { type: 'whole', json };
    return;
  }
  const keys = presentKeys(json);
  const head = { ...json };
  for (const key of keys) head[key] = [];
  yield { type: 'head', head };
  for (const key of keys) {
    const all = json[key] as unknown[];
    for (let i = 0; i < all.length; i += MESSAGE_SLICE)
      yield { type: 'slice', key, items: all.slice(i, i + MESSAGE_SLICE) };
  }
  yield { type: 'done' };
}

/** The messages that carry a fetch-and-parse result: its value, or one error message. */
export function* resultMessages(result: ParseResult): Generator<SliceMessage> {
  if (result.ok) yield* sliceMessages(result.json);
  else yield { type: 'error', stage: result.stage, detail: result.detail };
}

/**
 * Puts the value back together from the messages, in order. `add` returns the value once it is complete,
 * the error of an error message, and undefined while more are to come.
 */
export function assembler(): (m: SliceMessage) => ParseResult | undefined {
  let head: Record<string, unknown> | null = null;
  let parts: Partial<Record<LongKey, unknown[]>> = {};
  return (m) => {
    switch (m.type) {
      case 'whole':
        return { ok: true, json: m.json };
      case 'error':
        return { ok: false, stage: m.stage, detail: m.detail };
      case 'head':
        head = m.head;
        parts = Object.fromEntries(presentKeys(m.head).map((k) => [k, []]));
        return undefined;
      case 'slice':
        for (const item of m.items) (parts[m.key] ??= []).push(item);
        return undefined;
      case 'done':
        return { ok: true, json: { ...head, ...parts } };
    }
  };
}
