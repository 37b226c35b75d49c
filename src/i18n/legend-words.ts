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
}

export const LEGEND_WORDS: Record<Locale, LegendWords> = {
  'zh-CN': {
    title: '状态说明',
    close: '关闭',
    intro: '按截至日期判断。R = 已实现年均增速 ÷ 仍需年均增速（自基线起），阈值同加拿大统计局、Open SDG。',
    statuses: {
      achieved: '有实际值达到目标（计及“以上”“超过”等）。',
      'on-track': 'R ≥ 0.95：按现有增速可如期达到。',
      'needs-acceleration': '0.60 ≤ R < 0.95：需加快才能如期达到。',
      'limited-progress': '0 ≤ R < 0.60：按现有增速难以如期达到。',
      deterioration: 'R < 0：背离目标方向变化。',
      missed: '期限已过，期限当期或之后的实际值未达到目标。',
      'awaiting-result': '期限已过，尚无期限当期或之后的实际值：显示最后实际值，可推算时附推算。',
      'insufficient-data': '期限前没有基线，或基线后没有实际值，无法计算增速。',
      'not-yet-set': '截至日期早于设定目标的文件发布日。',
      'no-target': '文件未给出目标；实际值相隔一年以上时显示趋势。',
    },
    projectionTitle: '推算',
    projection: '按相隔至少一年的两个实际值的年均变化推至期限的数值，不是统计数据。',
    asOfTitle: '截至日期',
    asOf: '只用截至日期及之前的实际值和已发布文件的目标；改变它会改变最新实际值、仍需增速和状态。',
  },
  en: {
    title: 'What the statuses mean',
    close: 'Close',
    intro:
      'Judged as of the as-of date. R = observed ÷ required annual growth (from the baseline); thresholds as Statistics Canada and Open SDG.',
    statuses: {
      achieved: 'An actual meets the target (qualifiers respected).',
      'on-track': 'R ≥ 0.95: on course to meet it on time.',
      'needs-acceleration': '0.60 ≤ R < 0.95: must speed up to meet it on time.',
      'limited-progress': '0 ≤ R < 0.60: unlikely to meet it at this rate.',
      deterioration: 'R < 0: moving away from the target.',
      missed: 'Deadline passed; an actual at or after it falls short.',
      'awaiting-result':
        'Deadline passed; no actual at or after it yet: the last actual, with a projection where possible.',
      'insufficient-data': 'No baseline, or no actual after it: no growth rate can be worked out.',
      'not-yet-set': 'The as-of date is before the target’s document was published.',
      'no-target': 'No target; actuals a year or more apart show a trend.',
    },
    projectionTitle: 'Projection (推算)',
    projection:
      'The value at the deadline if the yearly change between two actuals a year or more apart went on. Not data.',
    asOfTitle: 'As-of date',
    asOf: 'Only actuals up to it, and targets published by it, count: it changes the latest actual, the growth required and the status.',
  },
};
