// Unit words after a number and how to bring the value to the canonical unit (types.ts UNITS): money to
// 亿元, counts with 万/亿 multiplied out, percent points as they are.
import type { Unit } from '../types';

export interface UnitWord {
  word: string;
  unit: Unit;
  /** Decimal exponent that converts a value in `word` to `unit` (万元 → 亿元 is -4). */
  exp: number;
}

// Longest words first, so 万元 wins over 元 and 个百分点 over 个.
export const UNIT_WORDS: readonly UnitWord[] = [
  { word: '个百分点', unit: '%', exp: 0 },
  { word: '万亿元', unit: '亿元', exp: 4 },
  { word: '千万元', unit: '亿元', exp: -1 },
  { word: '百万元', unit: '亿元', exp: -2 },
  { word: '亿元', unit: '亿元', exp: 0 },
  { word: '万元', unit: '亿元', exp: -4 },
  { word: '千元', unit: '亿元', exp: -5 },
  { word: '元', unit: '亿元', exp: -8 },
  { word: '%', unit: '%', exp: 0 },
  ...(['家', '个', '项', '款', '场', '笔', '条', '件', '人', '次', '只', '户', '支', '倍'] as const).map(
    (u) => ({ word: u, unit: u, exp: 0 }),
  ),
  { word: '名', unit: '人', exp: 0 },
  { word: '位', unit: '人', exp: 0 },
];

/** 三大交易所, 四大体系: "N大" counts things (unit 个); only after Chinese numerals. */
export const BIG_WORD: UnitWord = { word: '大', unit: '个', exp: 0 };

/** The unit word starting at `at`, if any (no substring copies). */
export function readUnit(text: string, at: number): UnitWord | null {
  for (const u of UNIT_WORDS) if (text.startsWith(u.word, at)) return u;
  return null;
}

/** A line that holds only a unit, as in a table's 单位 column ("%", "亿元"). */
export function unitOfCell(cell: string): UnitWord | null {
  const u = readUnit(cell, 0);
  return u !== null && u.word.length === cell.length ? u : null;
}

const MULTIPLIERS: readonly { word: string; exp: number }[] = [
  { word: '万亿', exp: 12 },
  { word: '千万', exp: 7 },
  { word: '百万', exp: 6 },
  { word: '十万', exp: 5 },
  { word: '万', exp: 4 },
  { word: '亿', exp: 8 },
];

/** A multiplier after an Arabic number (1.3万, 300亿); not when it starts a unit word such as 万元. */
export function readMultiplier(text: string, at: number): { length: number; exp: number } | null {
  for (const m of MULTIPLIERS) if (text.startsWith(m.word, at)) return { length: m.word.length, exp: m.exp };
  return null;
}
