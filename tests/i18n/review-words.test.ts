// The review mode's words: every word in both languages, none empty, each taking the same values.
import { describe, expect, it } from 'vitest';
import { REVIEW_WORDS, reviewWord, type ReviewWord } from '../../src/i18n/review-words';
import { templateArguments } from '../../src/i18n/translate';

const keys = Object.keys(REVIEW_WORDS['zh-CN']) as ReviewWord[];

describe('review words', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(REVIEW_WORDS.en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: not empty, the same values in both languages', (key) => {
    expect(REVIEW_WORDS['zh-CN'][key].trim()).not.toBe('');
    expect(REVIEW_WORDS.en[key].trim()).not.toBe('');
    expect(templateArguments(REVIEW_WORDS.en[key]).sort()).toEqual(
      templateArguments(REVIEW_WORDS['zh-CN'][key]).sort(),
    );
  });

  it.each([
    ['zh-CN', '3 个待核'],
    ['en', '3 unreviewed'],
  ] as const)('%s fills in a count', (locale, said) => {
    expect(reviewWord(locale, 'unreviewed', { n: 3 })).toBe(said);
  });
});
