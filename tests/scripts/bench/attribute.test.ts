import { describe, expect, it } from 'vitest';
import { attributeChunk, decodeVlq, groupOf } from '../../../scripts/bench/attribute';
import { filterQueries } from '../../../scripts/bench/browser-section';
import { summarize } from '../../../scripts/lib/stats';

describe('source-map attribution', () => {
  it.each([
    ['AAAA', [0, 0, 0, 0]],
    ['CAAC', [1, 0, 0, 1]],
    ['D', [-1]],
    ['gB', [16]],
    ['2HQAA', [123, 8, 0, 0]],
  ])('decodeVlq(%s)', (seg, expected) => {
    expect(decodeVlq(seg)).toEqual(expected);
  });

  it.each([
    ['../../node_modules/react-dom/cjs/react-dom-client.production.js', 'react-dom'],
    ['../../node_modules/.pnpm/x@1/node_modules/@scope/pkg/dist/a.js', '@scope/pkg'],
    ['../../node_modules/zod/v4/core/core.js', 'zod'],
    ['../../src/store/app-store.ts', 'src/store'],
    ['../../src/main.tsx', 'src/main.tsx'],
    ['vite/preload-helper.js', 'vite/preload-helper.js'],
  ])('groupOf(%s) = %s', (source, group) => {
    expect(groupOf(source)).toBe(group);
  });

  it('attributes each generated range to the source of its segment', () => {
    // Line 0: columns 0–4 from source 0 (a.ts), 5–end from source 1 (node_modules/lib).
    // Segments: [0,0,0,0] then [5,1,0,0] (relative).
    const map = { sources: ['../../src/app/a.ts', '../../node_modules/lib/index.js'], mappings: 'AAAA,KCAA' };
    const out = attributeChunk('abcdeXYZ', map);
    expect(out.get('src/app')?.join('')).toBe('abcde');
    expect(out.get('lib')?.join('')).toBe('XYZ');
  });
});

describe('small pieces', () => {
  it('summarize: median, min, max and nearest-rank p95', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, min: 1, max: 3, p95: 3 });
    expect(summarize([4, 1, 2, 3]).median).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(hundred).p95).toBe(95);
    expect(summarize([]).n).toBe(0);
  });

  it('filter queries alternate a narrowing term with the empty query', () => {
    const q = filterQueries(30);
    expect(q).toHaveLength(30);
    expect(q.filter((x, i) => i % 2 === 1).every((x) => x === '')).toBe(true);
    expect(q.filter((x, i) => i % 2 === 0).every((x) => x !== '')).toBe(true);
  });
});
