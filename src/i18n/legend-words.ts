// The status legend's longer texts, both languages: what each status means, the method's thresholds, what
// 推算 (a projection) is and what the as-of date changes. Loaded only with the legend (a click), so these
// paragraphs stay off the first screen's critical path; the status names are the main dictionaries'.
import type { Status } from '../domain/progress-types';
import type { Locale } from './translate';

export interface LegendWords {
  title: string;
  close: string;
  intro: string;
  statuses: Record<Status, string>;
  projectionTitle: string;
  projection: string;
  asOfTitle: string;
  asOf: string;
  methodSource: string;
}

export const LEGEND_WORDS: Record<Locale, LegendWords> = {
  'zh-CN': {
    title: '状态说明',
    close: '关闭',
    intro:
      '每个目标按截至日期判断。R = 已实现年均增速 ÷ 仍需年均增速（从基线起算），阈值取自加拿大统计局和 Open SDG 的进度评估方法。',
    statuses: {
      achieved: '有实际值达到目标（按“以上”“超过”等限定词判断）。',
      'on-track': 'R ≥ 0.95：按目前增速可如期达到目标。',
      'needs-acceleration': '0.60 ≤ R < 0.95：有进展，但需加快才能如期达到。',
      'limited-progress': '0 ≤ R < 0.60：进展有限，按目前增速难以如期达到。',
      deterioration: 'R < 0：实际值背离目标方向变化。',
      missed: '期限已过，且期限当期或之后的实际值未达到目标。',
      'awaiting-result': '期限已过，但还没有期限当期或之后的实际值：显示最后一个实际值，可推算时附推算值。',
      'insufficient-data': '期限前缺少基线，或基线之后没有实际值，无法计算增速。',
      'not-yet-set': '截至日期早于设定目标的文件发布日，当时目标尚未设定。',
      'no-target': '文件没有给出目标；实际值相隔一年以上时显示其趋势（上升、持平、下降）。',
    },
    projectionTitle: '推算',
    projection:
      '按两个相隔至少一年的实际值的年均变化，推至目标期限的数值。推算不是统计数据，只用于判断“结果待公布”的指标大致走向。',
    asOfTitle: '截至日期',
    asOf: '只使用截至日期当天及之前的实际值，只计入当时已发布的文件所设目标。改变截至日期会改变最新实际值、仍需增速和状态；期限过后不再显示仍需增速。',
    methodSource: '方法：Statistics Canada / Open SDG 进度评估。',
  },
  en: {
    title: 'What the statuses mean',
    close: 'Close',
    intro:
      'Each target is judged as of the as-of date. R = observed annual growth ÷ annual growth still required (from the baseline); the thresholds are those of Statistics Canada and Open SDG.',
    statuses: {
      achieved: 'An actual meets the target (respecting "at least", "more than" and the like).',
      'on-track': 'R ≥ 0.95: at the observed rate the target will be met on time.',
      'needs-acceleration': '0.60 ≤ R < 0.95: progress, but it must speed up to meet the target on time.',
      'limited-progress': '0 ≤ R < 0.60: little progress; at the observed rate the target will not be met.',
      deterioration: 'R < 0: the actuals move away from the target.',
      missed: 'The deadline has passed and an actual at or after it falls short of the target.',
      'awaiting-result':
        'The deadline has passed but no actual at or after it exists yet: the last actual is shown, with a projection where one can be made.',
      'insufficient-data':
        'Before the deadline, there is no baseline or no actual after it, so no growth rate can be worked out.',
      'not-yet-set': 'The as-of date is before the document that sets the target was published.',
      'no-target':
        'The documents set no target; where actuals are at least a year apart their trend is shown (rising, flat, falling).',
    },
    projectionTitle: 'Projection (推算)',
    projection:
      'The value at the deadline if the annual change between two actuals at least a year apart went on. A projection is not data; it only shows where an indicator awaiting its result is heading.',
    asOfTitle: 'As-of date',
    asOf: 'Only actuals dated on or before the as-of date count, and only targets whose documents were published by then. Changing it changes the latest actual, the growth still required and the status; after a deadline no growth still required is shown.',
    methodSource: 'Method: Statistics Canada / Open SDG progress assessment.',
  },
};
