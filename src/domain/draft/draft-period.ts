// The first proposals of a draft catalogue row (issue 18): for a figure found in a document, the period it is
// dated by and whether it is an actual or a target, as a curator would write them. Pure: the text, its
// mentions (src/domain/extract) and the document's publication date in, a proposal with the words it rests
// on out, so a reviewer sees why. A proposal, never a decision: the review confirms or corrects it.
import { isIsoDate, periodBefore, periodEnd } from '../period';
import type { Mention } from '../types';
import { columnHeader } from './draft-table';

export type Role = 'actual' | 'target';

export interface PeriodProposal {
  role: Role;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'. */
  period: string;
  /** Where the period came from: a date in the text, a relative word resolved from the publication date, or
   *  the publication date itself (nothing in the text dates the figure). */
  from: 'text' | 'relative' | 'published';
  /** The words the proposal rests on (a date, 目前, 到…年, 力争 …), for the reviewer. */
  cue: string;
  /** The start of a change dated by its end (从300家增加至2000余家 after 2017年11月): the period before the
   *  date, which the text does not give (a curator's `dated: assumed`). */
  assumed?: true;
}

/** Target words: the text speaks of what is to come (到 only before a year: 达到 is no target word). */
const TARGET_CUES = ['力争', '目标', '确保', '预计', '计划', '争取', '到20'];
/** Words that date a figure at the document's own time. */
const NOW_CUES = ['目前', '现已', '现有', '当前', '已'];
/** Of those, the ones that override a date earlier in the sentence (2017年11月…现已…1亿元; but not 2017年已…). */
const NOW_OVERRIDES = ['目前', '现已', '现有', '当前'];

// A clause ends at these; a date before the last of them still dates the figures after it when the
// sentence goes on (截至2024年6月末，全市…6950亿元).
const SENTENCE_END = /[。！？；\n]/;

/** The start of the sentence holding `offset`. */
function sentenceStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !SENTENCE_END.test(text.charAt(i - 1))) i--;
  return i;
}

/** How far back a date still dates a figure in the same paragraph (截至2024年6月末，…。…达到100余款). */
const PARAGRAPH_REACH = 600;

/** The start of the paragraph holding `offset`, at most PARAGRAPH_REACH characters back. */
function paragraphStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - PARAGRAPH_REACH);
  const nl = text.lastIndexOf('\n', offset - 1);
  return Math.max(floor, nl + 1);
}

/** A date that starts a span (自2019年运行以来, 2019年起) dates no figure. */
function startsSpan(text: string, m: Mention): boolean {
  const after = text.slice(m.offset + m.text.length, m.offset + m.text.length + 12);
  return /^[^，。；,]*?(?:以来|起)/.test(after) || text.charAt(m.offset - 1) === '自';
}

/** "十四五" and its kin: the plan period's last year. */
const FIVE_YEAR_PLANS: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030 };

const CN_DIGITS = '一二三四五六七八九十';
/** 6, 06, 六, 十二 → 6 / 6 / 6 / 12; null when not a month number. */
function monthNumber(s: string): number | null {
  const n = /^\d+$/.test(s)
    ? Number(s)
    : s.startsWith('十')
      ? 10 + (CN_DIGITS.indexOf(s.charAt(1)) + 1)
      : CN_DIGITS.indexOf(s) + 1;
  return n >= 1 && n <= 12 ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** 今年 / 去年 / 上年 / 明年 (or nothing) as a year, from the document's year. */
const yearOf = (word: string | undefined, year: number) =>
  word === '去年' || word === '上年' ? year - 1 : word === '明年' ? year + 1 : year;
/** A month without a year is the document's own year, or the year before when it is after the document's
 *  month (截至11月末 in a July document is last November). */
const monthYear = (month: number, year: number, docMonth: number) => (month > docMonth ? year - 1 : year);

/** Up to this month of a year, a bare 全年 reports the year just ended (annual reviews come out then). */
const JUST_ENDED_MONTHS = 2;

interface Relative {
  period: string;
  /** Whether the period may lie ahead of the document (a plan's end, 全年, 下半年, 明年); else a figure dated
   *  by it is an actual. */
  ahead: boolean;
}

/**
 * The relative words that date a figure, each with how it resolves from the document's year and month.
 * The one nearest before the figure wins (去年全年 → 全年 of 去年: each pattern takes its own year word).
 */
const RELATIVE_RULES: {
  re: RegExp;
  resolve: (m: RegExpExecArray, y: number, mo: number) => Relative | null;
}[] = [
  {
    re: /十[三四五]五/g,
    resolve: (m) => ({ period: String(FIVE_YEAR_PLANS[m[0]]), ahead: true }),
  },
  // 今年一季度末, 一季度末, 第三季度: the quarter's last month.
  {
    re: /(今年|去年|上年|明年)?第?([一二三四])季度(?:末|底)?/g,
    resolve: (m, y, mo) => {
      const month = 3 * ('一二三四'.indexOf(m[2]!) + 1);
      const year = m[1] ? yearOf(m[1], y) : monthYear(month, y, mo);
      return { period: `${year}-${pad(month)}`, ahead: m[1] === '明年' };
    },
  },
  // 前三季度: to the end of the third quarter.
  {
    re: /(今年|去年|上年)?前([一二三])(?:个)?季度/g,
    resolve: (m, y, mo) => {
      const month = 3 * ('一二三'.indexOf(m[2]!) + 1);
      const year = m[1] ? yearOf(m[1], y) : monthYear(month, y, mo);
      return { period: `${year}-${pad(month)}`, ahead: false };
    },
  },
  // 上半年 → June, 下半年 → December, of the year named or the document's.
  {
    re: /(今年|去年|上年|明年)?([上下])半年/g,
    resolve: (m, y) => ({
      period: `${yearOf(m[1], y)}-${m[2] === '上' ? '06' : '12'}`,
      ahead: true,
    }),
  },
  // 去年末, 上年底, 今年末.
  {
    re: /(今年|去年|上年|明年)(?:末|底)/g,
    resolve: (m, y) => ({ period: `${yearOf(m[1], y)}-12`, ahead: true }),
  },
  // 去年12月, 今年3月.
  {
    re: /(今年|去年|上年)(\d{1,2}|十[一二]?|[一二三四五六七八九])月/g,
    resolve: (m, y) => {
      const month = monthNumber(m[2]!);
      return month === null ? null : { period: `${yearOf(m[1], y)}-${pad(month)}`, ahead: false };
    },
  },
  // 截至6月末, 6月底, 截至六月: a month without a year (not 2024年6月, which the text dates itself); 到6月底
  // looks ahead (this year's June, even from March).
  {
    re: /(截至|截止|到)?(?<![年\d])(\d{1,2}|十[一二]?|[一二三四五六七八九])月(末|底)?(?!\d|[一二三四五六七八九十]+日)/g,
    resolve: (m, y, mo) => {
      const month = monthNumber(m[2]!);
      if (month === null || (!m[1] && !m[3])) return null;
      const ahead = m[1] === '到';
      return { period: `${ahead ? y : monthYear(month, y, mo)}-${pad(month)}`, ahead };
    },
  },
  // 今年以来: up to the document's own month.
  { re: /今年以来/g, resolve: (_m, y, mo) => ({ period: `${y}-${pad(mo)}`, ahead: false }) },
  // 全年, 今年全年, 去年全年: the whole year; a bare 全年 early in a year is the year just ended.
  {
    re: /(今年|去年|上年|明年)?全年/g,
    resolve: (m, y, mo) => ({
      period: String(m[1] ? yearOf(m[1], y) : mo <= JUST_ENDED_MONTHS ? y - 1 : y),
      ahead: true,
    }),
  },
  { re: /去年|上年/g, resolve: (_m, y) => ({ period: String(y - 1), ahead: false }) },
  { re: /今年/g, resolve: (_m, y) => ({ period: String(y), ahead: false }) },
  { re: /明年/g, resolve: (_m, y) => ({ period: String(y + 1), ahead: true }) },
];

/**
 * The period a relative word before the figure gives (the nearest one: the match ending last, the longer on a
 * tie), resolved from the document's publication date; `future` when it ends after that date.
 */
function relative(
  before: string,
  published: string,
): { period: string; cue: string; future: boolean } | null {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  let best: { end: number; length: number; period: string; cue: string; ahead: boolean } | null = null;
  for (const { re, resolve } of RELATIVE_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) {
      const end = m.index + m[0].length;
      if (best && (end < best.end || (end === best.end && m[0].length <= best.length))) continue;
      const r = resolve(m, year, month);
      if (r) best = { end, length: m[0].length, period: r.period, cue: m[0], ahead: r.ahead };
    }
  }
  if (!best) return null;
  const future = best.ahead && periodEnd(best.period) > periodEnd(published);
  return { period: best.period, cue: best.cue, future };
}

/**
 * The period and role a curator would most likely give the figure `mentions[index]` of a document published
 * on `published` (YYYY-MM-DD): the nearest date before it in its sentence (a year range gives its last
 * year), else a relative word (去年, 今年一季度, “十四五”), else the document's present (presentPeriod: when it
 * was `written`, else published); a table's cell is dated by its column's header. The start of a change
 * (从300家增加至2000余家) dated by a date is the period before it. A period ending after the publication date
 * is a target; one before it an actual, unless target words precede the figure in its sentence and the
 * period is not in the past.
 */
export function proposePeriod(
  text: string,
  mentions: readonly Mention[],
  index: number,
  published: string,
  written?: string | null,
): PeriodProposal {
  const figure = mentions[index]!;
  const start = sentenceStart(text, figure.offset);
  const before = text.slice(start, figure.offset);
  const publishedEnd = periodEnd(published);
  const targetCue = TARGET_CUES.find((w) => before.includes(w));
  const nowCue = NOW_CUES.find((w) => before.includes(w));

  // The nearest date before the figure in its sentence, else in its paragraph; a 目前/现已 after that date
  // dates the figure at the document's own time instead.
  let dated: { period: string; cue: string; offset: number; inSentence: boolean } | null = null;
  const floor = paragraphStart(text, figure.offset);
  for (let i = index - 1; i >= 0 && !dated; i--) {
    const m = mentions[i]!;
    if (m.offset < floor) break;
    if (m.class !== 'date' && m.class !== 'year') continue;
    if (startsSpan(text, m)) continue;
    let period = m.period;
    // A year range (2024—2027年): the figure is due at its end.
    const years = m.text.match(/(?:19|20)\d{2}/g);
    if (period === undefined && years && years.length >= 2) period = years[years.length - 1]!;
    if (period !== undefined)
      dated = { period, cue: m.text, offset: m.offset, inSentence: m.offset >= start };
  }
  const nowAfterDate =
    dated !== null && NOW_OVERRIDES.some((w) => text.slice(dated.offset, figure.offset).includes(w));
  const rel = relative(before, published);
  // A relative word in the figure's own sentence (截至6月末) is nearer than a date of an earlier sentence.
  if (dated && !nowAfterDate && (dated.inSentence || !rel)) {
    const future = periodEnd(dated.period) > publishedEnd;
    const role: Role =
      future || (targetCue !== undefined && !nowCue && !past(dated.period, published)) ? 'target' : 'actual';
    // The date says when the change happened: its start is the level of the period before.
    if (role === 'actual' && startsChange(text, mentions, index))
      return { role, period: periodBefore(dated.period), from: 'text', cue: dated.cue, assumed: true };
    return { role, period: dated.period, from: 'text', cue: dated.cue };
  }
  if (rel) {
    const role: Role =
      rel.future || (targetCue !== undefined && !nowCue && !past(rel.period, published))
        ? 'target'
        : 'actual';
    return { role, period: rel.period, from: 'relative', cue: rel.cue };
  }
  // A table's cell: its column's header (2025年目标值).
  const header = columnHeader(text, figure);
  if (header) {
    const role: Role = header.target ? 'target' : 'actual';
    return { role, period: header.period, from: 'text', cue: header.cue };
  }
  const role: Role = targetCue && !nowCue ? 'target' : 'actual';
  return {
    role,
    period: role === 'actual' ? presentPeriod(published, written) : published.slice(0, 7),
    from: 'published',
    cue: nowCue ?? targetCue ?? '',
  };
}

/** Days 1–10 of a month (上旬): a document published in them speaks of the month before as its present. */
const FIRST_DAYS = 10;

/**
 * The month of a document's own present (目前, 现有, or nothing in the text dates the figure), for an actual:
 * the month it was written (`written`: its 成文日期 or signature date, when the text gives one no later than
 * the publication) — 目前 is "at the time of writing", as the curators date it; else the month of
 * publication, or the month before when the document came out in a month's first ten days: figures are
 * gathered by the month, and a text out on 4 July was written in June, with June's figures.
 */
export function presentPeriod(published: string, written?: string | null): string {
  if (written && isIsoDate(written) && written <= published) return written.slice(0, 7);
  const month = published.slice(0, 7);
  return Number(published.slice(8, 10)) <= FIRST_DAYS ? periodBefore(month) : month;
}

/** The words after the start of a change that lead to its end (由3亿元增加至11亿元). */
const CHANGE_TO = /^(?:(?:增加|提高|提升|增长|扩大|上升|下降|减少|降低)(?:至|到)|[增升降]至)/;

/** The figure is where a change starts (从300家增加至…, 由3亿元提高到…), followed by the figure it ends at. */
function startsChange(text: string, mentions: readonly Mention[], index: number): boolean {
  const m = mentions[index]!;
  const next = mentions[index + 1];
  if (!/[从由]/.test(text.charAt(m.offset - 1)) || next?.class !== 'figure') return false;
  const between = text.slice(m.offset + m.text.length, next.offset);
  return between.length <= 4 && CHANGE_TO.test(between);
}

/** A period that ended before the document's own year began: history, whatever the words around it. */
function past(period: string, published: string): boolean {
  return Number(period.slice(0, 4)) < Number(published.slice(0, 4));
}
