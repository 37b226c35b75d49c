// A period's end date as an ISO day string ('2017' → '2017-12-31', '2024-06' → '2024-06-30').
// Strings, not Date objects, so the options do not depend on the time zone they are built in.
import { endOfMonth, lightFormat } from 'date-fns';

export function periodEndDay(period: string): string {
  const [y, m, d] = period.split('-');
  if (d !== undefined) return period;
  if (m !== undefined) return lightFormat(endOfMonth(new Date(Number(y), Number(m) - 1, 1)), 'yyyy-MM-dd');
  return `${y}-12-31`;
}

/** The as-of date as a month period ('YYYY-MM'), for labels such as "应达 … (2025年6月)". */
export function monthPeriod(date: Date): string {
  return lightFormat(date, 'yyyy-MM');
}
