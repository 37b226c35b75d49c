// Drafts (issue 18): what a figure measures — the noun phrase it belongs to ("科技型企业贷款余额", not "全市")
// and its basis (a level, a year-on-year growth, an average annual growth, a total growth over a span).
// Heuristics over the figure's own clause, checked against the curated catalogue of the five seeds (tests):
// a proposal for a reviewer, who confirms or corrects it.
import type { Basis } from '../dataset-schema';
import type { Mention } from '../types';
import { tableRow } from './draft-table';

const CLAUSE_END = /[，,。；;：:！？\n、（(）)]/;

/** Words before a subject that are no part of it: places, connectives, time words, adverbs. */
const LEADING =
  /^(?:其中|同时|此外|另外|以及|并且|全市|全区|我市|我区|本市|高新区|目前|现已|现有|已经|已|成功|累计|共|总|拥有|各类|到|截至|截止|自|“?十[三四五]五”?(?:期间|时期|末)?)+/;
/** Words between a subject and its figure: verbs of being, reaching and changing. */
const TRAILING =
  /(?:达到了|达到|已达|达|为|是|有|共|共计|合计|总计|累计|突破|超过|逾|近|约|增加至|增加到|增至|提高至|提高到|提升至|增长至|扩大至|增长了|增长|增加了|增加|新增|保持|实现|完成|办理|发放|拥有|总数|从|由|各|分别)+$/;
/** A subject-less step between two figures of one thing (由3亿元增加至11亿元): the earlier figure's subject. */
const CHANGE_TO = /^(?:增加|提高|提升|增长|扩大|上升|下降|减少)(?:至|到)$/;
/** Words after a counted thing that say something of it (15家境内上市公司均为科技型企业): not part of it. */
const PREDICATE = /(?:均|都|全部|为|是|在|已|将|获|实现|完成|达到|占|发放|提供).*$/;
/** A clause that starts with what was done (已成功推动27家企业上市): the thing counted follows the figure. */
const DOING = /(?:推动|帮助|支持|服务|引导|吸引|培育|促成|带动)$/;
/** A date or period at the start of a clause (截至2024年6月末, 到2025年, 2017年, 20246月末). */
const DATE_WORDS =
  /(?:截至|截止|到|至|自)?(?:(?:19|20)\d{2}(?:年|(?=\d))?(?:\d{1,2}月(?:末|底|份)?|[一二三四]季度末?|末|底|年末|上半年)?|\d{1,2}月(?:末|底|份)?)(?:以来|起)?/g;

export interface SubjectProposal {
  /** The noun phrase the figure measures, or null when its clause names none. */
  subject: string | null;
  basis: Basis;
  /** The words the basis rests on ('' for a plain level). */
  basisCue: string;
}

/** The clause of `text` that ends right before `offset`: back to the nearest clause mark. */
function clauseBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && !CLAUSE_END.test(text.charAt(i - 1)) && offset - i < 80) i--;
  return text.slice(i, offset);
}

/** The words right after the figure up to the clause's end (25家企业在新三板挂牌 → 企业在新三板挂牌). */
function clauseAfter(text: string, end: number): string {
  let i = end;
  while (i < text.length && !CLAUSE_END.test(text.charAt(i)) && i - end < 40) i++;
  return text.slice(end, i);
}

function clean(phrase: string): string {
  // A date inside the phrase ends a run-in heading before it (普惠金融充分发展2021年普惠小微企业贷款余额突破):
  // the subject follows the date, when anything does (在投科创企业数量2024年6月末达到: it comes before).
  const dates = [...phrase.matchAll(DATE_WORDS)].filter((d) => d[0] !== '');
  const last = dates[dates.length - 1];
  if (last && last.index > 0) {
    const rest = clean(phrase.slice(last.index + last[0].length));
    if (rest.length >= 2) return rest;
  }
  let s = phrase.replace(DATE_WORDS, '').trim();
  for (let k = 0; k < 3; k++) s = s.replace(LEADING, '').replace(TRAILING, '').trim();
  return s;
}

/**
 * The basis of the figure `mentions[index]`: a rate after 同比 is year-on-year, after 年均 (or a target to keep
 * a 增速) an average annual growth, after 近N年/N年来 增长 a total growth over the span; anything else a level.
 */
function basisOf(before: string, after: string, figure: Mention): { basis: Basis; cue: string } {
  if (figure.unit !== '%') return { basis: 'level', cue: '' };
  const near = before.slice(-16);
  const cagr =
    /年均(?:增速|增长率?|增幅)?/.exec(near) ??
    (/^年均/.test(after) ? /^年均/.exec(after) : null) ??
    (/增速/.test(after) && /保持/.test(near) ? /保持/.exec(near) : null);
  if (cagr) return { basis: 'cagr', cue: cagr[0] };
  const yoy = /同比(?:增长|增加|提高)?|增速|增幅/.exec(near);
  if (yoy) return { basis: 'yoy', cue: yoy[0] };
  const span = /(?:近|过去)[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年来/.exec(near);
  if (span && /增长|增加|提高/.test(near)) return { basis: 'growth', cue: span[0] };
  return { basis: 'level', cue: '' };
}

/**
 * The nearest figure before `index` in the same sentence that is not a rate, within 60 characters, and not
 * in brackets closed before the rate: 存款余额737.7亿元(其中人民币存款余额为536.2亿元),同比增长117.2% is the
 * growth of the 737.7, the bracket an aside.
 */
function previousLevel(text: string, mentions: readonly Mention[], index: number): number | null {
  const at = mentions[index]!.offset;
  for (let i = index - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const between = text.slice(m.offset, at);
    if (at - m.offset > 60 || /[。；;\n]/.test(between)) return null;
    if (m.class === 'figure' && m.unit !== '%' && !/^[^(（]*[)）]/.test(between)) return i;
  }
  return null;
}

/**
 * What the figure `mentions[index]` of `text` measures: the noun phrase of its clause (after the clause's
 * last other figure, without places, dates and verbs), else the words after it (27家企业上市 → 企业上市);
 * and its basis.
 */
export function proposeSubject(text: string, mentions: readonly Mention[], index: number): SubjectProposal {
  const figure = mentions[index]!;
  let before = clauseBefore(text, figure.offset);
  // Only what follows the clause's previous figure (累计1.3万家科技型企业发放…贷款236.46亿元).
  const start = figure.offset - before.length;
  for (let i = index - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.offset < start) break;
    if (m.class === 'figure') {
      before = text.slice(m.offset + m.text.length, figure.offset);
      break;
    }
  }
  // …up to the next figure (89家科技创新型小微企业发放贷款1.3亿元: the 1.3亿元 is not what 89家 counts).
  const next = mentions[index + 1];
  const afterAll = clauseAfter(text, figure.offset + figure.text.length);
  let after =
    next && next.class === 'figure'
      ? afterAll.slice(0, Math.max(0, next.offset - figure.offset - figure.text.length))
      : afterAll;
  // A table's cell (15以上 alone on its line): its row's name, and its remark (年均指标).
  const row = before.trim() === '' ? tableRow(text, figure) : null;
  if (row) {
    before = row.name;
    after = row.remark;
  }
  const { basis, cue } = basisOf(before, after, figure);
  let previous = -1;
  for (let i = index - 1; i >= 0 && mentions[i]!.offset >= start; i--)
    if (mentions[i]!.class === 'figure') {
      previous = i;
      break;
    }
  if (previous >= 0 && CHANGE_TO.test(before.trim())) {
    const earlier = proposeSubject(text, mentions, previous);
    return { ...earlier, basis, basisCue: cue };
  }
  let subject = clean(before);
  if (basis !== 'level') {
    subject = clean(subject.replace(/(?:同比|年均|近.年|.年来|增速|增幅|增长率).*$/, ''));
    // A rate without a subject of its own is the rate of the level before it (余额6950亿元、同比增长42.4%).
    if (subject.length < 2) {
      const level = previousLevel(text, mentions, index);
      return {
        subject: level === null ? null : proposeSubject(text, mentions, level).subject,
        basis,
        basisCue: cue,
      };
    }
  }
  // 新增的15家境内上市公司, 机电控股等4家智能制造企业: what the figure counts follows it (the words before
  // qualify it, or name some of them).
  if (/[的等]$/.test(before) && figure.unit !== '%') subject = clean(after.replace(PREDICATE, '')) || subject;
  else if (subject.length < 2 || DOING.test(subject)) subject = clean(after) || subject;
  return { subject: subject.length >= 2 ? subject : null, basis, basisCue: cue };
}
