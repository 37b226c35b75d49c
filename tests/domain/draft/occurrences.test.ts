// indexText(text).once(s) must answer exactly what text.indexOf(s) === text.lastIndexOf(s) answers (issue 18:
// a draft's quote is widened until it occurs once; the index only makes that check cheap on long documents).
import { describe, expect, it } from 'vitest';
import { indexText } from '../../../src/domain/draft/occurrences';
import { draftDocument } from '../../../src/domain/draft/draft-proposals';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { normalizeText } from '../../../src/domain/text/normalize';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { generateCorpus, readSeeds, rng } from '../../../scripts/bench/gen-corpus';
import { readBuildInput } from '../../../scripts/lib/build-input';

const naive = (text: string, s: string) => text.indexOf(s) === text.lastIndexOf(s);

/** A synthetic document of about 200,000 characters, as the drafting bench cuts them. */
const long = normalizeText(generateCorpus({ bytes: 600_000, seed: 2, sources: readSeeds() }));

describe('indexText(text).once', () => {
  it('answers as indexOf === lastIndexOf on small texts, at their ends and for single characters', () => {
    const text = '全市科技型企业贷款余额6950亿元，同比增长42.4%；贷款余额6950亿元。x';
    const index = indexText(text);
    for (const s of ['全市', '6950亿元', '贷款余额6950亿元，', '亿元', '%；', '。x', 'x', '元', '全', text]) {
      expect([s, index.once(s)]).toEqual([s, naive(text, s)]);
    }
    expect(index.once('贷款余额6950亿元')).toBe(false);
    expect(index.once('同比增长42.4%')).toBe(true);
    expect(indexText('aa').once('a')).toBe(false);
    expect(indexText('ab').once('ab')).toBe(true);
  });

  it('counts overlapping occurrences and survives hash collisions (two letters, many pairs)', () => {
    const rand = rng(7);
    const text = Array.from({ length: 5_000 }, () => (rand() < 0.5 ? 'a' : 'b')).join('');
    const index = indexText(text);
    expect(index.once('aaa')).toBe(false);
    for (let k = 0; k < 2_000; k++) {
      const at = Math.floor(rand() * (text.length - 40));
      const s = text.slice(at, at + 1 + Math.floor(rand() * 40));
      expect([s, index.once(s)]).toEqual([s, naive(text, s)]);
    }
  });

  it('answers as indexOf === lastIndexOf for the clauses around every figure of a ~200,000-character document', () => {
    expect(long.length).toBeGreaterThan(150_000);
    const index = indexText(long);
    let unique = 0;
    let repeated = 0;
    for (const m of extractMentions(long)) {
      for (const [back, length] of [
        [0, m.text.length],
        [4, m.text.length + 4],
        [12, m.text.length + 20],
      ] as const) {
        const s = long.slice(Math.max(0, m.offset - back), m.offset - back + length);
        const once = index.once(s);
        expect([s, once]).toEqual([s, naive(long, s)]);
        if (once) unique++;
        else repeated++;
      }
    }
    // Both answers are exercised.
    expect(unique).toBeGreaterThan(1_000);
    expect(repeated).toBeGreaterThan(1_000);
  });
});

describe('drafting a ~200,000-character document', () => {
  it('gives every drafted row a quote found once in the whole text', async () => {
    const built = buildDataset(await readBuildInput());
    if (!built.ok) throw new Error('the catalogue has problems');
    const { indicators, regions } = built.value.dataset;
    const { rows } = draftDocument(
      { id: 'long', text: long, published: '2025-08-01', region: 'chongqing' },
      indicators,
      regions,
    );
    expect(rows.observations.length).toBeGreaterThan(100);
    for (const o of rows.observations) expect([o.quote, naive(long, o.quote!)]).toEqual([o.quote, true]);
  });
});
