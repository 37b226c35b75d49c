// Shared vocabulary of the extractor, the catalogue and the app.

/** How a figure relates to its number: 以上/不低于 → '>=', 多/余/超过/突破 → '>', 约/左右 → '~'. */
export const QUALIFIERS = ['=', '>=', '>', '<=', '<', '~'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Canonical units. Money is always 亿元 (万元 and 元 are converted); counts with 万/亿 are multiplied out
 * (1.3万家 → 13000 家); percentages stay in percent points (42.4% → 42.4).
 */
export const UNITS = [
  '亿元',
  '%',
  '家',
  '个',
  '项',
  '款',
  '场',
  '笔',
  '条',
  '件',
  '人',
  '次',
  '只',
  '户',
  '支',
  '年',
  '倍',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What a number in a document is. Only 'figure' is a quantity that could be an indicator observation;
 * every other class names what the number is instead.
 */
export const MENTION_CLASSES = [
  'figure', // a quantity: 6950亿元, 1.3万家, 42.4%, 三大交易所
  'date', // a calendar date or month: 2024年6月末, 2022627, 2025-07-28
  'year', // a bare year or year range: 2022年, 2024—2027年
  'duration', // a span of time: 5年左右, 近两年, 三年内
  'doc-number', // 渝高新办发〔2022〕41号, 第1207号, 索引号, ICP 备案号
  'phone', // 63151723, +86-023-67862888
  'meeting', // 六届三次会议, 第14次办公会
  'list-marker', // 一是, （一）, 1., 表1
  'ordinal', // 第2个, 首个
  'name', // a number that is part of a name: 33618, 十四五, 1+1+N, 5G, 500强
] as const;
export type MentionClass = (typeof MENTION_CLASSES)[number];

/** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' */
export type Period = string;

/** One number found in a document's normalised text. */
export interface Mention {
  /** UTF-16 offset of `text` in the normalised document text. */
  offset: number;
  /** The exact source text of the mention, number with its multiplier, unit and qualifier words. */
  text: string;
  /** For figures: the value in `unit` with multipliers applied; for dates/years: the year; else the number read. */
  value: number | null;
  unit: Unit | null;
  qualifier: Qualifier;
  class: MentionClass;
  /** The period the text gives for this figure (or the date itself, for dates). */
  period?: Period;
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
