import { describe, expect, it } from 'vitest';
import { memo, type MemoOptions } from '../../src/lib/memo';

const SAME = { same: true };

/** A memoised function that records each call it really makes. */
function counted<A extends unknown[], R>(fn: (...args: A) => R, options?: MemoOptions<A>) {
  const calls: A[] = [];
  const m = memo((...args: A) => {
    calls.push(args);
    return fn(...args);
  }, options);
  return { m, calls };
}

describe('memo', () => {
  it('computes once for the same inputs and returns the same result', () => {
    const { m, calls } = counted((a: object, n: number) => ({ a, n }));
    const o = {};
    const first = m(o, 1);
    expect(m(o, 1)).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it.each<[string, unknown[], unknown[], boolean]>([
    ['the same object', [SAME], [SAME], true],
    ['an equal but different object', [{ x: 1 }], [{ x: 1 }], false],
    ['equal strings', ['2025-03-31'], ['2025-03-31'], true],
    ['different strings', ['2025-03-31'], ['2025-04-01'], false],
    ['NaN and NaN (Object.is)', [NaN], [NaN], true],
    ['0 and -0 (Object.is)', [0], [-0], false],
    ['null and undefined', [null], [undefined], false],
    ['fewer inputs', [1, 2], [1], false],
    ['inputs in another order', [1, 2], [2, 1], false],
  ])('%s', (_, a, b, hit) => {
    const { m, calls } = counted((...args: unknown[]) => ({ args }));
    const first = m(...a);
    const second = m(...b);
    expect(second === first).toBe(hit);
    expect(calls).toHaveLength(hit ? 1 : 2);
  });

  it('keeps one result by default: the previous inputs are computed again', () => {
    const { m, calls } = counted((n: number) => [n]);
    const one = m(1);
    m(2);
    expect(m(1)).not.toBe(one);
    expect(calls.map(([n]) => n)).toEqual([1, 2, 1]);
  });

  it('keeps the last `keep` results, dropping the least recently used', () => {
    const { m, calls } = counted((n: number) => [n], { keep: 3 });
    const r1 = m(1);
    m(2);
    m(3);
    expect(m(1)).toBe(r1); // a hit makes 1 the most recent: 2 is now the oldest
    m(4); // drops 2
    expect(m(1)).toBe(r1);
    expect(calls.map(([n]) => n)).toEqual([1, 2, 3, 4]);
    m(2);
    expect(calls.map(([n]) => n)).toEqual([1, 2, 3, 4, 2]);
  });

  it('compares what `key` makes of the inputs, when given', () => {
    const { m, calls } = counted((list: object, q: string) => ({ list, q }), {
      keep: 2,
      key: (list: object, q: string) => [list, q.trim()],
    });
    const list = {};
    const a = m(list, 'fund');
    expect(m(list, '  fund ')).toBe(a);
    expect(m({}, 'fund')).not.toBe(a);
    expect(calls).toHaveLength(2);
  });

  it('peek answers from what is kept and computes nothing', () => {
    const { m, calls } = counted((n: number) => [n]);
    expect(m.peek(1)).toBeUndefined();
    const r = m(1);
    expect(m.peek(1)).toBe(r);
    expect(m.peek(2)).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('prime keeps a result computed elsewhere; a result already kept wins', () => {
    const { m, calls } = counted((n: number) => [n, 'computed']);
    const made = [1, 'made ahead'];
    expect(m.prime([1], made)).toBe(made);
    expect(m(1)).toBe(made);
    expect(m.prime([1], [1, 'late'])).toBe(made);
    expect(calls).toHaveLength(0);
  });

  it('keeps nothing when the function throws', () => {
    let fail = true;
    const { m, calls } = counted((n: number) => {
      if (fail) throw new Error('no');
      return [n];
    });
    expect(() => m(1)).toThrow('no');
    fail = false;
    expect(m(1)).toEqual([1]);
    expect(calls).toHaveLength(2);
  });

  it('two memos of one function share nothing', () => {
    const fn = (o: object) => ({ o });
    const a = memo(fn);
    const b = memo(fn);
    const o = {};
    expect(a(o)).not.toBe(b(o));
    expect(b.peek({})).toBeUndefined();
  });

  it.each([0, -1, NaN])('refuses keep = %s', (keep) => {
    expect(() => memo((n: number) => n, { keep })).toThrow(RangeError);
  });
});
