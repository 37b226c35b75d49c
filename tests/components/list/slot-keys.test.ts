import { describe, expect, it } from 'vitest';
import { assignSlots, NO_SLOTS, type Cell, type Slots } from '../../../src/components/list/slot-keys';

const cells = (spec: string): Cell[] =>
  // 'a b | c d': a and b in view, c and d below the fold
  spec.split('|').flatMap((part, i) =>
    part
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => ({ id, inView: i === 0 })),
  );

const keysOf = (s: Slots, ids: string) => ids.split(' ').map((id) => s.key.get(id));

describe('assignSlots', () => {
  const first = assignSlots(NO_SLOTS, cells('a b | c d'), 'v1');

  it('gives the first cells keys of their own', () => {
    expect(keysOf(first, 'a b c d')).toEqual([0, 1, 2, 3]);
    expect([...first.inView]).toEqual([0, 1]);
    expect(first.next).toBe(4);
  });

  it('returns the same slots when the same panels are shown in the same view', () => {
    expect(assignSlots(first, cells('a b | c d'), 'v1')).toBe(first);
    expect(assignSlots(first, cells('b a | d c'), 'v1')).toBe(first); // order does not matter
  });

  it.each<[string, string, string, (number | undefined)[]]>([
    // [cells after, view, ids to read, their keys]
    ['e f | g h', 'v2', 'e f g h', [0, 1, 2, 3]], // all new: the places in view go to the panels in view
    ['a e | f g', 'v2', 'a e f g', [0, 1, 2, 3]], // a stays; e takes b's place in view
    ['e f | g h', 'v1', 'e f g h', [4, 5, 6, 7]], // same view (scrolling): new places
    ['a | ', 'v2', 'a', [0]],
    ['c e | f', 'v2', 'c e f', [2, 0, 3]], // c stays below→in view; e takes a place that was in view
    ['e | f g h', 'v2', 'e f g h', [0, 2, 3, 1]], // below the fold: places that were below first
  ])('%s in %s', (after, view, ids, expected) => {
    expect(keysOf(assignSlots(first, cells(after), view), ids)).toEqual(expected);
  });

  it('panels that stay keep their key even when they move from below the fold into view', () => {
    const s = assignSlots(first, cells('c e | a f'), 'v2');
    expect(s.key.get('c')).toBe(2); // stays
    expect(s.key.get('a')).toBe(0); // stays
    expect(s.key.get('e')).toBe(1); // b's place, which was in view
    expect(s.key.get('f')).toBe(3); // d's place
    expect(new Set(s.key.values()).size).toBe(4);
  });

  it('more panels than before: the extra ones get new keys', () => {
    const s = assignSlots(first, cells('e f g | h i j'), 'v2');
    expect(keysOf(s, 'e f g h i j')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(s.next).toBe(6);
  });
});
