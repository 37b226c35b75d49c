// The classifier: at a digit or a Chinese numeral, try the matchers from the most specific (identifiers,
// dates, names, markers) to the most general (a figure), looking only at bounded windows around it.
import { compactDate, matchDate, matchDuration } from './dates';
import { matchFigure, type FigureHit } from './figure';
import { matchIdentifier } from './identifiers';
import { matchMarker } from './markers';
import { matchArabicName, matchChineseName } from './names';
import { parseChineseInteger } from './chinese-numerals';
import {
  before,
  lineEndIfTrailing,
  lineStartIfLeading,
  nextLine,
  previousLine,
  span,
  sticky,
  type ScanContext,
  type Span,
} from './span';
import { unitOfCell } from './units';
import { scaleDecimal } from './parse-number';

const DIGIT_RUN = /\d+(?![\d.,])/y;
const CN_YEAR = /[〇零一二三四五六七八九]{4}年/y;
const BEFORE_BARE_YEAR = /(?:到|至|截至|截止|于|在|自|从)$/;
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

function durationSpan(ctx: ScanContext, pos: number): Span | null {
  const d = matchDuration(ctx.text, pos);
  if (!d) return null;
  const start = before(ctx, pos, 1) === '近' ? pos - 1 : pos;
  return span(start, d.end, 'duration', d.value, {
    unit: d.years ? '年' : null,
    qualifier: d.approximate ? '~' : '=',
  });
}

function figureSpan(hit: FigureHit, cls: Span['class'] = 'figure'): Span {
  return span(hit.start, hit.end, cls, hit.value, { unit: hit.unit, qualifier: hit.qualifier });
}

/** A number alone on its line: a table cell. Its unit may sit on the line before (the 单位 column). */
function tableCell(ctx: ScanContext, hit: FigureHit): Span | null {
  const { text } = ctx;
  const lineStart = lineStartIfLeading(text, hit.start);
  const lineEnd = lineStart >= 0 ? lineEndIfTrailing(text, hit.end) : -1;
  if (lineStart < 0 || lineEnd < 0 || hit.unit !== null || hit.scaled) return null;
  const digits = text.slice(hit.numberStart, hit.numberEnd);
  const date = hit.plainInteger && hit.qualifier === '=' ? compactDate(digits) : null;
  if (date !== null) return span(hit.start, hit.end, 'date', Number(digits.slice(0, 4)), { period: date });
  const unitCell = unitOfCell(previousLine(text, lineStart) ?? '');
  if (unitCell && hit.value !== null) {
    const value = scaleDecimal(digits.replace(/,/g, ''), unitCell.exp);
    return span(hit.start, hit.end, 'figure', value, { unit: unitCell.unit, qualifier: hit.qualifier });
  }
  if (/指标$/.test(nextLine(text, lineEnd) ?? '')) return figureSpan(hit);
  if (hit.plainInteger && hit.value !== null && hit.value <= 99 && hit.qualifier === '=') {
    return figureSpan(hit, 'list-marker');
  }
  return null;
}

export function classifyArabic(ctx: ScanContext, pos: number): Span | null {
  const { text } = ctx;
  const identifier = matchIdentifier(ctx, pos);
  if (identifier) return identifier;
  const date = matchDate(text, pos, ctx.contextYear);
  if (date) {
    return span(pos, date.end, date.cls, date.value, {
      ...(date.period === undefined ? {} : { period: date.period }),
      ...(date.range ? { range: true } : {}),
    });
  }
  const name = matchArabicName(ctx, pos);
  if (name) return name;
  const marker = matchMarker(ctx, pos);
  if (marker) return marker;
  const duration = durationSpan(ctx, pos);
  if (duration) return duration;
  const hit = matchFigure(text, pos, ctx.floor);
  if (!hit) return null;
  const cell = tableCell(ctx, hit);
  if (cell) return cell;
  const digits = text.slice(hit.numberStart, hit.numberEnd);
  if (
    hit.unit === null &&
    !hit.scaled &&
    YEAR_LIKE.test(digits) &&
    BEFORE_BARE_YEAR.test(before(ctx, hit.start))
  ) {
    return span(hit.numberStart, hit.numberEnd, 'year', Number(digits), { period: digits });
  }
  const run = sticky(DIGIT_RUN, text, pos);
  if (run && run[0].length >= 7 && hit.unit === null && !hit.scaled) {
    const compact = compactDate(run[0]);
    if (compact !== null && lineStartIfLeading(text, pos) >= 0) {
      return span(pos, pos + run[0].length, 'date', Number(run[0].slice(0, 4)), { period: compact });
    }
  }
  return figureSpan(hit);
}

export function classifyChinese(ctx: ScanContext, pos: number): Span | null {
  const name = matchChineseName(ctx, pos);
  if (name) return name;
  const year = sticky(CN_YEAR, ctx.text, pos);
  if (year) {
    const y = parseChineseInteger(year[0].slice(0, 4));
    return span(pos, pos + year[0].length, 'year', y, y === null ? {} : { period: String(y) });
  }
  const marker = matchMarker(ctx, pos);
  if (marker) return marker;
  const duration = durationSpan(ctx, pos);
  if (duration) return duration;
  const hit = matchFigure(ctx.text, pos, ctx.floor);
  return hit ? figureSpan(hit) : null;
}
