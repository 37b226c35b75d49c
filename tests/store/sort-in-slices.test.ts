import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../src/store/sort-in-slices';

type Item = { key: number; at: number };
const byKey = (a: Item, b: Item) => a.key - b.key;

describe('sortInSlices', () => {
  it('gives what a stable sort gives, for any list and slice budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 500 }),
        async (keys, budget) => {
          const items = keys.map((key, at) => ({ key, at }));
          const sorted = await sortInSlices(items, byKey, async () => {}, budget);
          expect(sorted).toEqual([...items].sort(byKey));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('pauses between slices of about `budget` comparisons, and leaves its input alone', async () => {
    const items = Array.from({ length: 5000 }, (_, at) => ({ key: (at * 7919) % 5000, at }));
    const before = items.slice();
    let pauses = 0;
    const sorted = await sortInSlices(items, byKey, async () => void pauses++, 2000);
    expect(sorted.map((x) => x.key)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(items).toEqual(before);
    // 5,000 runs' worth (5 per element) plus 8 merge levels of 5,000: about 65,000 / 2,000.
    expect(pauses).toBeGreaterThanOrEqual(25);
    expect(pauses).toBeLessThanOrEqual(40);
  });

  it('sorts Chinese names as Intl.Collator does', async () => {
    const names = ['重庆', '成都', '上海', '合肥', '嘉兴', '南京', '杭州', '北京'];
    const collator = new Intl.Collator('zh-CN');
    expect(await sortInSlices(names, collator.compare, async () => {})).toEqual(
      [...names].sort(collator.compare),
    );
  });
});
