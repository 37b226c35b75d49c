// How long a view judged as of one day stays true. Progress depends on the as-of date only through period
// ends and publication days: an actual becomes known on the day its period ends, a target's deadline passes
// the day after its period ends, and a target exists from the day its document was published. Between two such days every status, figure and count is the same, so a page rendered on the
// first day (the build's snapshot) may be shown unchanged until the next one.
import { addDays } from 'date-fns';
import type { Dataset } from './dataset-schema';
import { dateToIso, periodEnd } from './period';

/**
 * The first as-of date (YYYY-MM-DD) after `from` on which some progress could differ from progress as of
 * `from`; null when no period of the dataset ends on or after `from` (nothing changes any more).
 * A view judged as of `from` is valid for every as-of date d with from ≤ d < the result.
 */
export function snapshotValidUntil(
  dataset: Pick<Dataset, 'indicators'> & Partial<Pick<Dataset, 'documents'>>,
  from: string,
): string | null {
  let until: string | null = null;
  const published = new Map((dataset.documents ?? []).map((d) => [d.id, d.published]));
  for (const indicator of dataset.indicators) {
    for (const o of indicator.observations) {
      const set = o.role === 'target' ? published.get(o.source.document) : undefined;
      if (set !== undefined && set > from && (until === null || set < until)) until = set;
      const endDate = periodEnd(o.period);
      const end = dateToIso(endDate);
      if (end < from) continue;
      // Ending on `from` itself: already known today; its deadline passes tomorrow.
      const change = end === from ? dateToIso(addDays(endDate, 1)) : end;
      if (until === null || change < until) until = change;
    }
  }
  return until;
}
