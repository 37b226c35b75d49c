// Summary statistics and formatting for benchmark figures: every figure is printed as the median of
// several runs with min and max beside it, and with its unit.

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** Nearest-rank percentile of an already sorted list (p in 0..100). */
function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n: 0, median: NaN, min: NaN, max: NaN, p95: NaN };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n, median, min: sorted[0]!, max: sorted[n - 1]!, p95: percentileSorted(sorted, 95) };
}

/** The median of the run-by-run ratios a[i] / b[i] (runs taken in turns, so each pair shares its moment). */
export function pairedRatio(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x != null && y != null && y > 0) ratios.push(x / y);
  }
  return ratios.length ? summarize(ratios).median : null;
}

function fmt(v: number, digits: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  return v.toFixed(digits);
}

/** "12.3 MB/s (min 11.9, max 12.8, n=3)" */
export function formatSummary(s: Summary, unit: string, digits = 1): string {
  const u = unit === '' ? '' : ` ${unit}`;
  if (s.n === 0) return `n/a${u}`;
  if (s.n === 1) return `${fmt(s.median, digits)}${u} (n=1)`;
  return `${fmt(s.median, digits)}${u} (min ${fmt(s.min, digits)}, max ${fmt(s.max, digits)}, n=${s.n})`;
}

export const KB = 1000;
export const MB = 1000 * 1000;

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}
