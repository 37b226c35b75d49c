// The one memoisation idiom for derived values (docs/architecture.md, "Where state lives"): a function's
// results kept by the identity of its inputs (Object.is, input by input), the last `keep` of them. A memo
// lives where its owner lives — the store's derived values in that store (src/store/derived.ts) — never in
// module scope, so nothing one store or test computes can be served to another.

export interface MemoOptions<A extends readonly unknown[]> {
  /** How many results to keep, most recently used last (default 1). */
  keep?: number;
  /**
   * The inputs that identify a result, when they are not the arguments themselves: e.g. the filters by the
   * text of their key, so the same filters set again find their view.
   */
  key?: (...args: A) => readonly unknown[];
}

export interface Memo<A extends readonly unknown[], R> {
  (...args: A): R;
  /** The kept result for these inputs, or undefined; computes nothing. */
  peek: (...args: A) => R | undefined;
  /**
   * Keep `value`, computed elsewhere (ahead of time, in slices), as the result for these inputs; a result
   * already kept for them wins, so a value once handed out stays the one handed out.
   */
  prime: (args: A, value: R) => R;
}

interface Entry<R> {
  key: readonly unknown[];
  value: R;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

export function memo<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  { keep = 1, key }: MemoOptions<A> = {},
): Memo<A, R> {
  if (!(keep >= 1)) throw new RangeError(`memo: keep must be at least 1, not ${keep}`);
  // Most recently used last; a handful of entries, so a linear search beats any map.
  const entries: Entry<R>[] = [];
  const keyOf = (args: A): readonly unknown[] => (key ? key(...args) : args);

  const find = (k: readonly unknown[]): Entry<R> | undefined => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (sameInputs(e.key, k)) {
        if (i !== entries.length - 1) entries.push(...entries.splice(i, 1));
        return e;
      }
    }
    return undefined;
  };
  const add = (k: readonly unknown[], value: R): R => {
    entries.push({ key: k, value });
    if (entries.length > keep) entries.shift();
    return value;
  };

  const call = (...args: A): R => {
    const k = keyOf(args);
    const hit = find(k);
    return hit ? hit.value : add(k, fn(...args));
  };
  call.peek = (...args: A): R | undefined => find(keyOf(args))?.value;
  call.prime = (args: A, value: R): R => {
    const k = keyOf(args);
    const hit = find(k);
    return hit ? hit.value : add(k, value);
  };
  return call;
}
