// formatNumber writes a number the way documents do (thousands separators, plain decimals) so that
// property tests can check that parseNumber reads back exactly what was written.

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatNumber: ${x} is not finite`);
  const plain = String(x);
  if (/e/i.test(plain)) return plain; // very large or very small: parseNumber also reads 1e-7
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(plain);
  if (!m) return plain;
  const [, sign = '', int = '', frac = ''] = m;
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac}`;
}
