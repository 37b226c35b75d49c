// The first proposals of a draft catalogue row (issue 18): for a figure found in a document, the period it is
// dated by and whether it is an actual or a target, as a curator would write them. Pure: the text, its
// mentions (src/domain/extract) and the document's publication date in, a proposal with the words it rests
// on out, so a reviewer sees why. A proposal, never a decision: the review confirms or corrects it.
import { periodEnd } from '../period';
import type { Mention } from '../types';

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

function relative(
  before: string,
  published: string,
): { period: string; cue: string; future: boolean } | null {
  const year = Number(published.slice(0, 4));
  for (const [plan, end] of Object.entries(FIVE_YEAR_PLANS))
    if (before.includes(plan)) return { period: String(end), cue: `“${plan}”`, future: end >= year };
  const quarter = /([今去])年(?:第)?([一二三四])季度/.exec(before);
  if (quarter) {
    const y = quarter[1] === '今' ? year : year - 1;
    const month = 3 * ('一二三四'.indexOf(quarter[2]!) + 1);
    return { period: `${y}-${String(month).padStart(2, '0')}`, cue: quarter[0], future: false };
  }
  const month = /([今去])年(\d{1,2})月/.exec(before);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const y = month[1] === '今' ? year : year - 1;
    return { period: `${y}-${month[2]!.padStart(2, '0')}`, cue: month[0], future: false };
  }
  if (before.includes('去年')) return { period: String(year - 1), cue: '去年', future: false };
  if (before.includes('今年')) return { period: String(year), cue: '今年', future: false };
  if (before.includes('明年')) return { period: String(year + 1), cue: '明年', future: true };
  return null;
}

/**
 * The period and role a curator would most likely give the figure `mentions[index]` of a document published
 * on `published` (YYYY-MM-DD): the nearest date before it in its sentence (a year range gives its last
 * year), else a relative word (去年, 今年一季度, “十四五”), else the publication month. A period ending after
 * the publication date is a target; one before it an actual, unless target words precede the figure in its
 * sentence and the period is not in the past.
 */
export function proposePeriod(
  text: string,
  mentions: readonly Mention[],
  index: number,
  published: string,
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
  if (dated && !nowAfterDate) {
    const future = periodEnd(dated.period) > publishedEnd;
    const role: Role =
      future || (targetCue !== undefined && !nowCue && !past(dated.period, published)) ? 'target' : 'actual';
    return { role, period: dated.period, from: 'text', cue: dated.cue };
  }
  const rel = relative(before, published);
  if (rel)
    return { role: rel.future ? 'target' : 'actual', period: rel.period, from: 'relative', cue: rel.cue };
  return {
    role: targetCue && !nowCue ? 'target' : 'actual',
    period: published.slice(0, 7),
    from: 'published',
    cue: nowCue ?? targetCue ?? '',
  };
}

/** A period that ended before the document's own year began: history, whatever the words around it. */
function past(period: string, published: string): boolean {
  return Number(period.slice(0, 4)) < Number(published.slice(0, 4));
}
