// 总体情况: the bulletin's opening paragraphs, every number in them counted from the selection's progress —
// how many indicators and targets, how many of each status, the nearest deadlines, the largest gaps. Pure.
import { formatPercent, formatPeriod } from '../../domain/format';
import { isoToDate, periodEnd } from '../../domain/period';
import type { Progress, Status } from '../../domain/progress-types';
import { BULLETIN_WORDS, fillWords } from '../../i18n/bulletin-words';
import { LEGEND_WORDS } from '../../i18n/legend-words';
import { observationPeriodText, statusName } from '../../i18n/progress-words';
import type { Locale } from '../../i18n/translate';
import { formatDocumentDate } from '../source-line';
import { deadlineOf, differenceText } from './bulletin-sentences';
import type { BulletinInput, BulletinItem as Item } from './bulletin-types';

/** How many of the items each status has, in the method's order, zeros left out. */
export function statusCounts(items: readonly { progress: Progress }[]): [Status, number][] {
  // The legend lists every status in the method's order (STATUSES; a test holds them equal). A runtime import
  // of STATUSES here made the bundler split the first screen's chunk in nine, +1.2 kB gzip on its path.
  const order = Object.keys(LEGEND_WORDS['zh-CN'].statuses) as Status[];
  return order
    .map((s): [Status, number] => [s, items.filter((i) => i.progress.status === s).length])
    .filter(([, n]) => n > 0);
}

/** The paragraphs of 总体情况: the counts, then (when there are targets) the nearest deadlines and largest gaps. */
export function summaryParagraphs(
  targeted: readonly Item[],
  untargeted: readonly Item[],
  input: BulletinInput,
): string[] {
  const { locale, asOf } = input;
  const w = BULLETIN_WORDS[locale];
  const n = targeted.length + untargeted.length;
  const date = formatDocumentDate(asOf, locale);
  const out: string[] = [];
  const sentences: string[] = [
    fillWords(targeted.length ? w.summaryCounts : w.summaryNoTargets, { n, targets: targeted.length }),
  ];
  if (targeted.length) {
    const list = statusCounts(targeted)
      .map(([s, k]) => fillWords(w.statusCount, { status: statusName(s, locale), n: k }))
      .join(w.countSeparator);
    sentences.push(fillWords(w.summaryStatuses, { date, list }));
  }
  if (untargeted.length) {
    sentences.push(
      fillWords(w.summaryNoTargetCount, { status: statusName('no-target', locale), n: untargeted.length }),
    );
  }
  out.push(sentences.join(locale === 'en' ? ' ' : ''));
  if (!targeted.length) return out;

  // The nearest deadlines not yet passed, and the largest gaps still open: named with their figures.
  const now = isoToDate(asOf).getTime();
  const ahead = targeted
    .map((i) => ({ i, deadline: deadlineOf(i.progress) }))
    .filter((x): x is { i: Item; deadline: string } => x.deadline !== null)
    .filter((x) => periodEnd(x.deadline).getTime() >= now)
    .sort((a, b) => periodEnd(a.deadline).getTime() - periodEnd(b.deadline).getTime());
  const nearest = ahead.slice(0, 3);
  const more: string[] = [
    nearest.length
      ? fillWords(w.summaryDeadlines, {
          list: nearest
            .map((x) =>
              fillWords(w.deadlineItem, { name: x.i.name, deadline: formatPeriod(x.deadline, locale) }),
            )
            .join(w.regionSeparator),
        })
      : w.summaryNoDeadlines,
  ];
  const gaps = targeted
    .filter((i) => i.progress.gap && !i.progress.gap.exceeded && i.progress.gap.absolute > 0)
    .sort((a, b) => b.progress.gap!.relative - a.progress.gap!.relative)
    .slice(0, 3);
  more.push(
    gaps.length
      ? fillWords(w.summaryGaps, {
          list: gaps
            .map((i) =>
              fillWords(w.gapItem, {
                name: i.name,
                // The gap is the one at the figure it is measured from: dated, as it may be years old.
                period: gapPeriod(i.progress, locale),
                gap: differenceText(i.progress.gap!.absolute, i.indicator.unit, locale),
                relative: formatPercent(i.progress.gap!.relative, locale),
              }),
            )
            .join(locale === 'en' ? '; ' : '；'),
        })
      : w.summaryNoGaps,
  );
  out.push(more.join(locale === 'en' ? ' ' : ''));
  return out;
}

/** The period of the figure a gap is measured at: the result at the deadline, else the latest actual. */
function gapPeriod(p: Progress, locale: Locale): string {
  const at = p.result ?? p.latest;
  return at ? observationPeriodText({ period: at.period, dated: at.observation.dated }, locale) : '';
}
