// The formats a document may come in: the file extensions the seeds folder accepts, in one place for the
// curated rows (rows.ts), the dataset contract (dataset-schema.ts) and the readers (scripts/lib/read-format).
// Every format is read into the same normalised text (normalize.ts); the quotes' offsets point into it.

export const SEED_EXTENSIONS = ['txt', 'html', 'htm', 'docx', 'pdf'] as const;
export type SeedExtension = (typeof SEED_EXTENSIONS)[number];

/** 'seeds/<name>.<ext>' with an accepted extension (lower case: what a row names is a file on disk). */
export const SEED_FILE_RE = new RegExp(`^seeds/[^/]+\\.(?:${SEED_EXTENSIONS.join('|')})$`);
export const SEED_FILE_SHAPE = `'seeds/<name>.${SEED_EXTENSIONS.join('|')}'`;

/** The accepted extension of a file name (any case), or null. */
export function seedExtension(file: string): SeedExtension | null {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  return SEED_EXTENSIONS.find((e) => e === ext) ?? null;
}

/** What to say of a file the seeds folder does not accept. */
export function unsupportedFormat(file: string): string {
  const ext = /\.([^./]+)$/.exec(file)?.[1];
  const what = ext ? `.${ext} files are not read` : 'a file without an extension is not read';
  const hint = /^(doc|wps|rtf|odt)$/i.test(ext ?? '') ? ' (save it as .docx from Word or WPS)' : '';
  return `unsupported format: ${what}${hint}; seeds/ accepts ${SEED_EXTENSIONS.map((e) => `.${e}`).join(', ')}`;
}
