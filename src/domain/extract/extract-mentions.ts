// extractMentions: every number in a normalised document, with value, unit, qualifier, class and the
// period its clause gives. One left-to-right pass: a global trigger regex finds the next digit or numeral,
// the classifier looks at bounded windows around it, and a second pointer walks the sentence and
// paragraph boundaries in step, so the whole scan is linear in the text length.
import type { Mention } from '../types';
import { classifyArabic, classifyChinese } from './classify';
import { matchFirst } from './markers';
import { collectQuotedNames, matchQuotedName } from './names';
import type { ScanContext, Span } from './span';

const TRIGGER = /[0-9]|[〇零一二两三四五六七八九十]+|[“「](?=[0-9一二三四五六七八九十两双〇零])|首(?=个|家)/g;
const BOUNDARY = /[。！？；!?;\n《》]/g;
const PARAGRAPH_LEAD = /^[ \t]*(?:到|至|截至|截止)?$/;
const SINCE_AFTER = /^[^，,。；;\n]{0,6}以来/;

interface Clause {
  /** Period given earlier in the sentence. */
  sentence?: string;
  /** Period given at the head of the paragraph ("到2027年，…"), valid for the whole paragraph. */
  paragraph?: string;
  paragraphStart: number;
  year: number | null;
  titleDepth: number;
}

function gives(span: Span, text: string, clause: Clause): boolean {
  if ((span.class !== 'date' && span.class !== 'year') || span.range || span.period === undefined)
    return false;
  if (clause.titleDepth > 0) return false; // 《2017年重庆市信贷投向指引》 names a document, not a period
  if (/[自从]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) return false;
  return !SINCE_AFTER.test(text.slice(span.end, span.end + 12));
}

export function extractMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  const ctx: ScanContext = { text, floor: 0, contextYear: null, quotedNames: collectQuotedNames(text) };
  const clause: Clause = { paragraphStart: 0, year: null, titleDepth: 0 };
  let boundary: RegExpExecArray | null = null;
  BOUNDARY.lastIndex = 0;
  boundary = BOUNDARY.exec(text);
  const advanceTo = (pos: number): void => {
    while (boundary && boundary.index < pos) {
      const c = boundary[0];
      if (c === '\n') {
        clause.sentence = undefined;
        clause.paragraph = undefined;
        clause.year = null;
        clause.titleDepth = 0;
        clause.paragraphStart = boundary.index + 1;
      } else if (c === '《') clause.titleDepth++;
      else if (c === '》') clause.titleDepth = Math.max(0, clause.titleDepth - 1);
      else clause.sentence = undefined;
      BOUNDARY.lastIndex = boundary.index + 1;
      boundary = BOUNDARY.exec(text);
    }
  };
  TRIGGER.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TRIGGER.exec(text)) !== null) {
    const pos = t.index;
    advanceTo(pos);
    ctx.contextYear = clause.year;
    const c = text.charAt(pos);
    let found: Span | null;
    if (c === '“' || c === '「') found = matchQuotedName(ctx, pos);
    else if (c === '首') found = matchFirst(ctx, pos);
    else if (c >= '0' && c <= '9') found = classifyArabic(ctx, pos);
    else found = classifyChinese(ctx, pos);
    if (!found || found.end <= pos) {
      // Skip the whole numeral or digit run so no run is scanned twice.
      let next = pos + (c === '“' || c === '「' || c === '首' ? 1 : t[0].length);
      if (c >= '0' && c <= '9') while (next < text.length && /\d/.test(text.charAt(next))) next++;
      TRIGGER.lastIndex = next;
      continue;
    }
    const start = Math.max(found.start, ctx.floor);
    if (found.class === 'figure' && found.period === undefined) {
      const period = clause.sentence ?? clause.paragraph;
      if (period !== undefined) found.period = period;
    }
    const mention: Mention = {
      offset: start,
      text: text.slice(start, found.end),
      value: found.value,
      unit: found.unit,
      qualifier: found.qualifier,
      class: found.class,
    };
    if (found.period !== undefined) mention.period = found.period;
    mentions.push(mention);
    if (gives(found, text, clause)) {
      clause.sentence = found.period;
      clause.year = found.value;
      const lead =
        start - clause.paragraphStart <= 8 && PARAGRAPH_LEAD.test(text.slice(clause.paragraphStart, start));
      if (lead && /^[,，]/.test(text.slice(found.end, found.end + 1))) clause.paragraph = found.period;
    }
    ctx.floor = found.end;
    TRIGGER.lastIndex = found.end;
    advanceTo(found.end);
  }
  return mentions;
}
