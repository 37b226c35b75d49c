// The monitoring bulletin's words (监测通报), both languages: headings, table headers and the sentence templates
// per status and measure. Loaded only with the bulletin (a click, or `npm run bulletin`), so none of it sits on
// the first screen's path; status names and reasons are the main dictionaries' (progress-words.ts), the
// statuses' meanings and 推算 the legend's (legend-words.ts). A template's {name} is filled by `fillWords`.
import type { Locale } from './translate';

export interface BulletinWords {
  title: string;
  allRegions: string;
  regionSeparator: string;
  issuer: string;
  date: string;
  selection: string;
  /** A numbered heading: '一、总体情况' / '1. Overview'. */
  numbered: (n: number, text: string) => string;
  summaryHeading: string;
  summaryCounts: string;
  summaryNoTargets: string;
  statusCount: string;
  countSeparator: string;
  summaryStatuses: string;
  summaryNoTargetCount: string;
  summaryDeadlines: string;
  summaryNoDeadlines: string;
  deadlineItem: string;
  summaryGaps: string;
  summaryNoGaps: string;
  gapItem: string;
  tableHeading: string;
  tableColumns: readonly [string, string, string, string, string, string, string];
  figureWithPeriod: string;
  targetRate: string;
  targetRateImplied: string;
  flowWindow: string;
  sectionsHeading: string;
  chartAlt: string;
  /** The opening sentence per measure: the latest actual as it is. */
  latest: { level: string; share: string; rate: string; flow: string };
  noLatest: string;
  growthObserved: string;
  declineObserved: string;
  pointsObserved: string;
  changeObservedUp: string;
  changeObservedDown: string;
  perYearObserved: string;
  /** A flow's sum so far a year (新增 over a window): never negative. */
  flowPerYearObserved: string;
  gapBefore: string;
  requiredGrowth: string;
  requiredDecline: string;
  requiredPoints: string;
  requiredPerYear: string;
  requiredChange: string;
  achieved: string;
  achievedExceeded: string;
  missed: string;
  awaiting: string;
  projection: string;
  notYetSet: string;
  targetOnly: string;
  statusLine: string;
  noTargetHeading: string;
  noTargetIntro: string;
  noTargetColumns: readonly [string, string, string, string];
  sourcesHeading: string;
  sourcesIntro: string;
  sourceDocument: string;
  sourceFigure: string;
  roleBasis: string;
  userImportHeading: string;
  /** After a source line whose figure is a draft nobody has reviewed. */
  draftMark: string;
  role: { actual: string; target: string };
  methodHeading: string;
  methodIntro: string;
  methodStatus: string;
  methodProjection: string;
  methodAsOf: string;
  methodUserImported: string;
  methodNoUserImported: string;
  end: string;
  sentenceEnd: string;
  clause: string;
  /** Between the gap and what is still needed. */
  then: string;
  /** A difference of shares: '1.5个百分点' / '1.5 percentage points'. */
  points: string;
  point: string;
}

export const BULLETIN_WORDS: Record<Locale, BulletinWords> = {
  'zh-CN': {
    title: '{region}科技金融发展监测通报（截至{date}）',
    allRegions: '全部地区',
    regionSeparator: '、',
    issuer: '发布单位：',
    date: '日期：{date}',
    selection: '范围：{filter}',
    numbered: (n, text) => `${'一二三四五六七八九十'[n - 1] ?? n}、${text}`,
    summaryHeading: '总体情况',
    summaryCounts: '本期监测指标{n}项，其中设有目标的{targets}项。',
    summaryNoTargets: '本期监测指标{n}项，均未设定目标。',
    statusCount: '{status}{n}项',
    countSeparator: '，',
    summaryStatuses: '截至{date}，设有目标的指标中{list}。',
    summaryNoTargetCount: '{status}{n}项，列于最新数据表。',
    summaryDeadlines: '最近的目标期限：{list}。',
    summaryNoDeadlines: '所列目标的期限均已过。',
    deadlineItem: '{name}（{deadline}）',
    summaryGaps: '距目标差距最大的：{list}。',
    summaryNoGaps: '暂无可计算的目标差距。',
    gapItem: '{name}{period}尚差{gap}（目标的{relative}）',
    tableHeading: '指标进展表',
    tableColumns: ['指标', '单位', '基线（时间）', '最新（时间）', '目标（期限）', '完成进度', '状态'],
    figureWithPeriod: '{figure}（{period}）',
    targetRate: '年均增长{rate}',
    targetRateImplied: '{value}（年均增长{rate}）',
    flowWindow: '{from}起累计{figure}',
    sectionsHeading: '分项指标进展',
    chartAlt: '{name}进展图',
    latest: {
      level: '截至{period}，{name}为{figure}',
      share: '截至{period}，{name}为{figure}',
      rate: '{period}，{name}为{figure}',
      flow: '{from}至{period}，{name}累计{figure}',
    },
    noLatest: '截至{date}，{name}尚无实际值',
    growthObserved: '{from}以来年均增长{rate}',
    declineObserved: '{from}以来年均下降{rate}',
    pointsObserved: '{from}以来每年变化{value}',
    changeObservedUp: '较{from}增加{value}',
    changeObservedDown: '较{from}减少{value}',
    perYearObserved: '{from}以来每年变化{value}',
    flowPerYearObserved: '{from}以来年均新增{value}',
    gapBefore: '距{deadline}目标{target}尚差{gap}',
    requiredGrowth: '需年均增长{rate}',
    requiredDecline: '需年均下降{rate}',
    requiredPoints: '需每年提高{value}',
    requiredPerYear: '需每年增加{value}',
    requiredChange: '需在{span}内增加{value}',
    achieved: '已达到{deadline}目标{target}',
    achievedExceeded: '已达到{deadline}目标{target}，超出{gap}',
    missed: '{deadline}目标{target}未达成：{period}实际为{figure}，差{gap}',
    awaiting: '{deadline}目标{target}的期限已过，期限当期及以后的实际值尚未公布',
    projection: '按{from}至{to}的趋势推算，{deadline}约为{value}（推算，非统计数据）',
    notYetSet: '设定目标的文件于{published}发布，截至{date}目标尚未设定',
    targetOnly: '{deadline}目标为{target}',
    statusLine: '状态：{status}。{reason}。',
    noTargetHeading: '未设目标指标最新数据',
    noTargetIntro: '以下{n}项指标文件未设定目标，列其截至{date}的最新实际值及趋势。',
    noTargetColumns: ['指标', '单位', '最新（时间）', '趋势'],
    sourcesHeading: '数据来源',
    sourcesIntro: '本通报各项数据均摘自下列文件，逐项列出原文。',
    sourceDocument: '《{title}》，{issuer}，{date}',
    sourceFigure: '{name}，{role}{figure}（{period}）：“{quote}”',
    roleBasis: '{role}（{basis}）',
    userImportHeading: '用户导入数据',
    draftMark: '（待核：草稿，未经审核）',
    role: { actual: '实际', target: '目标' },
    methodHeading: '说明',
    methodIntro:
      '状态按截至日期判断：基线为设定目标的文件发布时或之前的最新实际值，最新为截至日期及之前的最新实际值；R = 已实现年均增速 ÷ 仍需年均增速（自基线起），阈值同加拿大统计局、Open SDG。流量目标（如“新增”）按期间累计衡量，占比目标按百分点衡量。',
    methodStatus: '{status}：{meaning}',
    methodProjection: '“推算”：{text}',
    methodAsOf: '截至日期：{text}',
    methodUserImported: '用户导入数据：{list}的部分数据由用户导入，未经文件核对，已在数据来源中单列。',
    methodNoUserImported: '本通报未使用用户导入数据，全部数据摘自所列文件。',
    end: '（完）',
    sentenceEnd: '。',
    clause: '，',
    then: '，',
    points: '{value}个百分点',
    point: '{value}个百分点',
  },
  en: {
    title: '{region} Sci-Tech Finance Monitoring Bulletin (as of {date})',
    allRegions: 'All regions',
    regionSeparator: ', ',
    issuer: 'Issued by: ',
    date: 'Date: {date}',
    selection: 'Scope: {filter}',
    numbered: (n, text) => `${n}. ${text}`,
    summaryHeading: 'Overview',
    summaryCounts: 'This bulletin follows {n} indicators, {targets} of them with a target.',
    summaryNoTargets: 'This bulletin follows {n} indicators, none of them with a target.',
    statusCount: '{status}: {n}',
    countSeparator: '; ',
    summaryStatuses: 'As of {date}, of the indicators with a target — {list}.',
    summaryNoTargetCount: '{status}: {n}, listed in the table of latest figures.',
    summaryDeadlines: 'Nearest deadlines: {list}.',
    summaryNoDeadlines: 'Every deadline of these targets has passed.',
    deadlineItem: '{name} ({deadline})',
    summaryGaps: 'Largest gaps to target: {list}.',
    summaryNoGaps: 'No gap to a target can be worked out yet.',
    gapItem: '{name}, {gap} short in {period} ({relative} of the target)',
    tableHeading: 'Progress table',
    tableColumns: [
      'Indicator',
      'Unit',
      'Baseline (period)',
      'Latest (period)',
      'Target (deadline)',
      'Progress',
      'Status',
    ],
    figureWithPeriod: '{figure} ({period})',
    targetRate: '{rate} a year',
    targetRateImplied: '{value} ({rate} a year)',
    flowWindow: '{figure} since {from}',
    sectionsHeading: 'Indicators with a target',
    chartAlt: 'Progress chart: {name}',
    latest: {
      // The name opens the sentence: an English name keeps its capital (and its proper nouns) there.
      level: '{name} stood at {figure} as of {period}',
      share: '{name} stood at {figure} as of {period}',
      rate: '{name} was {figure} in {period}',
      flow: '{name} added up to {figure} from {from} to {period}',
    },
    noLatest: '{name} has no actual yet as of {date}',
    growthObserved: 'up {rate} a year since {from}',
    declineObserved: 'down {rate} a year since {from}',
    pointsObserved: '{value} a year since {from}',
    changeObservedUp: 'up {value} since {from}',
    changeObservedDown: 'down {value} since {from}',
    perYearObserved: '{value} a year since {from}',
    flowPerYearObserved: '{value} a year on average since {from}',
    gapBefore: 'It is {gap} short of the {deadline} target of {target}',
    requiredGrowth: 'it needs to grow {rate} a year',
    requiredDecline: 'it needs to fall {rate} a year',
    requiredPoints: 'it needs to rise {value} a year',
    requiredPerYear: 'it needs {value} a year',
    requiredChange: 'it needs {value} more in {span}',
    achieved: 'It has met the {deadline} target of {target}',
    achievedExceeded: 'It has met the {deadline} target of {target}, exceeding it by {gap}',
    missed: 'The {deadline} target of {target} was missed: {figure} in {period}, {gap} short',
    awaiting:
      'The deadline of the {deadline} target of {target} has passed; no actual for that period or later is published yet',
    projection:
      'On the trend from {from} to {to}, about {value} by {deadline} (a projection, not a statistic)',
    notYetSet: 'The target’s document was published on {published}; as of {date} the target was not yet set',
    targetOnly: 'The target is {target} by {deadline}',
    statusLine: 'Status: {status}. {reason}.',
    noTargetHeading: 'Latest figures of indicators without a target',
    noTargetIntro:
      'The documents set no target for these {n} indicators: their latest actual as of {date}, and the trend.',
    noTargetColumns: ['Indicator', 'Unit', 'Latest (period)', 'Trend'],
    sourcesHeading: 'Sources',
    sourcesIntro: 'Every figure in this bulletin is taken from the documents below, each with its sentence.',
    sourceDocument: '“{title}”, {issuer}, {date}',
    sourceFigure: '{name}, {role} {figure} ({period}): “{quote}”',
    roleBasis: '{role} ({basis})',
    userImportHeading: 'User-imported figures',
    draftMark: ' (待核, unreviewed: a draft)',
    role: { actual: 'actual', target: 'target' },
    methodHeading: 'Method',
    methodIntro:
      'Statuses are judged as of the as-of date. The baseline is the latest actual at or before the target’s document, the latest is the newest actual on or before the as-of date; R = observed ÷ required annual growth (from the baseline), with the thresholds of Statistics Canada and Open SDG. Flow targets (“new”) are judged by the sum over their window, share targets in percentage points.',
    methodStatus: '{status}: {meaning}',
    methodProjection: 'Projection (推算): {text}',
    methodAsOf: 'As-of date: {text}',
    methodUserImported:
      'User-imported figures: some figures of {list} were imported by a user, not checked against a document, and are listed apart under Sources.',
    methodNoUserImported:
      'No user-imported figures are used: every figure is taken from the documents listed.',
    end: '(End)',
    sentenceEnd: '.',
    clause: ', ',
    then: '; ',
    points: '{value} percentage points',
    point: '{value} percentage point',
  },
};

/** A template with its {name}s filled; a name without a value stays as written (a test then finds it). */
export function fillWords(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
