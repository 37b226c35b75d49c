// Qualifier words around a number: 以上/不低于 → '>=', 超过/突破/多/余 → '>', 约/左右 → '~',
// 以下/不超过 → '<='.
import type { Qualifier } from '../types';

interface QualifierWord {
  word: string;
  qualifier: Qualifier;
}

const PREFIXES: readonly QualifierWord[] = [
  { word: '不低于', qualifier: '>=' },
  { word: '不少于', qualifier: '>=' },
  { word: '不超过', qualifier: '<=' },
  { word: '不高于', qualifier: '<=' },
  { word: '不多于', qualifier: '<=' },
  { word: '超过', qualifier: '>' },
  { word: '突破', qualifier: '>' },
  { word: '多于', qualifier: '>' },
  { word: '高于', qualifier: '>' },
  { word: '低于', qualifier: '<' },
  { word: '少于', qualifier: '<' },
  { word: '不足', qualifier: '<' },
  { word: '大约', qualifier: '~' },
  { word: '约', qualifier: '~' },
  { word: '逾', qualifier: '>' },
];

const SUFFIXES: readonly QualifierWord[] = [
  { word: '及以上', qualifier: '>=' },
  { word: '以上', qualifier: '>=' },
  { word: '及以下', qualifier: '<=' },
  { word: '以下', qualifier: '<=' },
  { word: '以内', qualifier: '<=' },
  { word: '左右', qualifier: '~' },
];

/** 多/余 between a number and its multiplier or unit (300多亿元, 2000余家, 100余款). */
export const MID_WORDS: readonly QualifierWord[] = [
  { word: '多', qualifier: '>' },
  { word: '余', qualifier: '>' },
];

export interface QualifierHit {
  qualifier: Qualifier;
  length: number;
}

/** A qualifier word that ends exactly at `end` and starts at or after `floor`. */
export function readPrefixQualifier(text: string, end: number, floor: number): QualifierHit | null {
  for (const q of PREFIXES) {
    const start = end - q.word.length;
    if (start >= floor && text.startsWith(q.word, start))
      return { qualifier: q.qualifier, length: q.word.length };
  }
  return null;
}

/** A qualifier word that starts at `at` (以上, 左右 …). */
export function readSuffixQualifier(text: string, at: number): QualifierHit | null {
  for (const q of SUFFIXES)
    if (text.startsWith(q.word, at)) return { qualifier: q.qualifier, length: q.word.length };
  return null;
}

export function readMidQualifier(text: string, at: number): QualifierHit | null {
  for (const q of MID_WORDS)
    if (text.startsWith(q.word, at)) return { qualifier: q.qualifier, length: q.word.length };
  return null;
}

/** The qualifier of a whole phrase such as "不低于50家", "8%以上" or "300多亿元". */
export function qualifierOf(phrase: string): Qualifier {
  for (const q of PREFIXES) if (phrase.startsWith(q.word)) return q.qualifier;
  for (const q of SUFFIXES) if (phrase.endsWith(q.word)) return q.qualifier;
  if (/[\d一二三四五六七八九十百千][多余]/.test(phrase)) return '>';
  return '=';
}
