// How the dataset worker hands a parsed dataset to the page: the object without its two long arrays
// first, then those arrays a slice per message, so that the page takes each message (and the work of
// copying it in) in a task of its own. Pure: the worker and the page both use these, and tests run them.

export const LONG_KEYS = ['indicators', 'mentions'] as const;
export type LongKey = (typeof LONG_KEYS)[number];

/** Elements per message. */
export const MESSAGE_SLICE = 250;

export type SliceMessage =
  | { type: 'head'; head: Record<string, unknown> }
  | { type: 'slice'; key: LongKey; items: unknown[] }
  | { type: 'whole'; json: unknown }
  | { type: 'done' }
  | { type: 'error'; detail: string };

function isSliceable(json: unknown): json is Record<string, unknown> {
  return (
    !!json &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    LONG_KEYS.every((k) => Array.isArray((json as Record<string, unknown>)[k]))
  );
}

/** The messages that carry `json`: head, slices, done; or the whole value if it has not the two arrays. */
export function* sliceMessages(json: unknown): Generator<SliceMessage> {
  if (!isSliceable(json)) {
    yield { type: 'whole', json };
    return;
  }
  yield { type: 'head', head: { ...json, indicators: [], mentions: [] } };
  for (const key of LONG_KEYS) {
    const all = json[key] as unknown[];
    for (let i = 0; i < all.length; i += MESSAGE_SLICE)
      yield { type: 'slice', key, items: all.slice(i, i + MESSAGE_SLICE) };
  }
  yield { type: 'done' };
}

/** Parses JSON text into the messages that carry it, or one error message. */
export function* parseToMessages(text: string): Generator<SliceMessage> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    yield { type: 'error', detail: e instanceof Error ? e.message : String(e) };
    return;
  }
  yield* sliceMessages(json);
}

/**
 * Puts the value back together from the messages, in order. `add` returns the value once it is complete,
 * an error text for an error message, and undefined while more are to come.
 */
export function assembler(): (
  m: SliceMessage,
) => { ok: true; json: unknown } | { ok: false; detail: string } | undefined {
  let head: Record<string, unknown> | null = null;
  const parts: Record<LongKey, unknown[]> = { indicators: [], mentions: [] };
  return (m) => {
    switch (m.type) {
      case 'whole':
        return { ok: true, json: m.json };
      case 'error':
        return { ok: false, detail: m.detail };
      case 'head':
        head = m.head;
        return undefined;
      case 'slice':
        for (const item of m.items) parts[m.key].push(item);
        return undefined;
      case 'done':
        return { ok: true, json: { ...head, ...parts } };
    }
  };
}
