// Calendar dates as 'YYYY-MM-DD' strings in the store (stable, comparable, URL-ready), Dates only at the edge.
// Plain parsing here (date-fns' parse() costs ~20 KB on the critical path for one fixed format).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return (
    y >= 1990 && y <= 2100 && date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d
  );
}

/** Local midnight of a 'YYYY-MM-DD' date. */
export function isoToDate(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y ?? NaN, (m ?? NaN) - 1, d ?? NaN);
}

export function dateToIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
