// Small helpers the export buttons need at once; the heavy export code loads on click.

/** A file name safe on every OS: keeps CJK, replaces separators and reserved characters. */
export function safeFileName(name: string): string {
  const printable = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? '_' : c))
    .join('');
  const cleaned = printable
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '_');
  return (cleaned || 'file').slice(0, 120);
}

/** An export cancelled by the user (AbortSignal) rather than failed. */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
