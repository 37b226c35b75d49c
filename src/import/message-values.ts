// Values from an import that its messages quote: cells from the file (quoted and shortened, and always
// rendered as text by the UI) and byte sizes.
const MAX_ECHO = 40;

/** A cell value for a message: JSON-quoted (so control characters show as escapes), at most 40 characters. */
export function echo(value: string): string {
  const short = value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
  return JSON.stringify(short);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
