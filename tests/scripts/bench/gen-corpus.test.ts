import { describe, expect, it } from 'vitest';
import {
  generateCorpus,
  paragraphsOf,
  readSeeds,
  utf8Prefix,
  varyNumbers,
  rng,
} from '../../../scripts/bench/gen-corpus';

const sources = readSeeds();

describe('synthetic corpus generator', () => {
  it.each([
    [1_000, 1],
    [50_000, 7],
    [1_000_000, 1],
    [1_234_567, 99],
  ])('%i bytes (seed %i): within 1 % of the requested size and never over', (bytes, seed) => {
    const size = Buffer.byteLength(generateCorpus({ bytes, seed, sources }), 'utf8');
    expect(size).toBeLessThanOrEqual(bytes);
    expect(size).toBeGreaterThanOrEqual(bytes * 0.99);
  });

  it('is deterministic: the same seed gives the same text, another seed another text', () => {
    const a = generateCorpus({ bytes: 200_000, seed: 3, sources });
    expect(generateCorpus({ bytes: 200_000, seed: 3, sources })).toBe(a);
    expect(generateCorpus({ bytes: 200_000, seed: 4, sources })).not.toBe(a);
  });

  it('draws its paragraphs from the seeds, with the numbers varied', () => {
    const pool = new Set(paragraphsOf(sources).map((p) => p.replace(/[0-9０-９]/g, '#')));
    const lines = generateCorpus({ bytes: 100_000, seed: 5, sources })
      .split('\n')
      .filter((l) => l !== '');
    // Every line but the cut last one is a seed paragraph up to its digits.
    for (const line of lines.slice(0, -1)) expect(pool.has(line.replace(/[0-9０-９]/g, '#'))).toBe(true);
    expect(lines.length).toBeGreaterThan(100);
  });

  it.each([
    ['2022627', 7],
    ['6950亿元', 6],
    ['１．３万家', 5],
    ['第14次', 4],
  ])('varying numbers keeps the byte size and the shape of %s', (text, len) => {
    const out = varyNumbers(text, rng(1));
    expect(Buffer.byteLength(out)).toBe(Buffer.byteLength(text));
    expect(out.replace(/[0-9]/g, '0').replace(/[０-９]/g, '０')).toBe(
      text.replace(/[0-9]/g, '0').replace(/[０-９]/g, '０'),
    );
    expect(out.length).toBe(len);
  });

  it('keeps a leading year a plausible year', () => {
    const r = rng(2);
    for (let i = 0; i < 50; i++) {
      const year = Number(varyNumbers('2024年', r).slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(2015);
      expect(year).toBeLessThanOrEqual(2030);
    }
  });

  it.each([
    ['abc', 2, 'ab'],
    ['金融', 5, '金'],
    ['金融', 6, '金融'],
    ['a😀b', 4, 'a'],
    ['a😀b', 5, 'a😀'],
  ])('utf8Prefix(%s, %i) never splits a character', (s, max, expected) => {
    expect(utf8Prefix(s, max)).toBe(expected);
  });
});
