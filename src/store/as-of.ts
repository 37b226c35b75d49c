// The as-of dates the app accepts from the URL, the date field and the store: a real 'YYYY-MM-DD'
// (src/domain/period.ts reads it) within the years the date field offers. The store keeps dates as these
// strings (stable, comparable, URL-ready) and makes Dates only at the edge, with isoToDate.
import { isIsoDate } from '../domain/period';

const FIRST = '1990-01-01';
const LAST = '2100-12-31';

/** A real 'YYYY-MM-DD' from 1990 to 2100 ('YYYY-MM-DD' strings order as their days). */
export function isAsOfDate(s: string): boolean {
  return isIsoDate(s) && s >= FIRST && s <= LAST;
}
