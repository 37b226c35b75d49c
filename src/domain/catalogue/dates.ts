// What is wrong with a period or a date written in a catalogue cell, said so a person can fix it:
// impossible months and days are named, and the forms Excel turns dates into get a hint.
const PERIOD_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOKS_LIKE_EXCEL = /^\d{4}[/.年]\d{1,2}|^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$|^\d{4}-\d(?:-|$)/;
const EXCEL_HINT = 'Excel may have turned it into a date: format the column as text and type it again';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function realness(year: string, month?: string, day?: string): string | null {
  const m = month === undefined ? undefined : Number(month);
  if (m !== undefined && (m < 1 || m > 12)) return `is not a real period: month ${month} does not exist`;
  if (m !== undefined && day !== undefined) {
    const d = Number(day);
    const last = daysInMonth(Number(year), m);
    if (d < 1 || d > last) return `is not a real date: ${year}-${month} has days 01 to ${last}`;
  }
  return null;
}

/** null for a real 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', else what is wrong (to follow the quoted cell). */
export function periodProblem(s: string): string | null {
  const m = PERIOD_FORM.exec(s);
  if (m) return realness(m[1] as string, m[2], m[3]);
  const form = "must be 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (e.g. 2027, 2024-06, 2024-06-30)";
  if (LOOKS_LIKE_EXCEL.test(s)) return `${form}; ${EXCEL_HINT}`;
  return `${form}, not words or relative dates: write the year the text means`;
}

/** null for a real YYYY-MM-DD date, else what is wrong. */
export function dateProblem(s: string): string | null {
  const m = DATE_FORM.exec(s);
  if (m) return realness(m[1] as string, m[2], m[3]);
  const form = 'must be a date written YYYY-MM-DD (e.g. 2025-07-28)';
  return LOOKS_LIKE_EXCEL.test(s) ? `${form}; ${EXCEL_HINT}` : form;
}
