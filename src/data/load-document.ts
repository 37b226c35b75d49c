// Loads one document's file (its text and mentions: documents/<id>.<hash>.json beside indicators.json) when
// its provenance panel opens, and validates it. A result, never an exception: the panel shows what failed.
import { documentFileSchema, type DocumentFile, type SourceDocument } from '../domain/dataset-schema';
import type { Result } from '../domain/types';
import { fetchJson } from './fetch-json';
import { datasetUrl, toIssues, type LoadError } from './load-dataset';

export type LoadDocument = (
  doc: Pick<SourceDocument, 'id' | 'textFile'>,
) => Promise<Result<DocumentFile, LoadError>>;

/** Where a document's file is: its `textFile`, relative to the dataset's own URL. */
export function documentUrl(textFile: string, base: string = datasetUrl()): string {
  return new URL(textFile, base).href;
}

export async function loadDocumentFile(
  doc: Pick<SourceDocument, 'id' | 'textFile'>,
  fetchImpl: typeof fetch = fetch,
  base?: string,
): Promise<Result<DocumentFile, LoadError>> {
  if (doc.textFile === undefined)
    return { ok: false, error: { kind: 'network', url: doc.id, detail: 'no document file' } };
  const url = documentUrl(doc.textFile, base);
  const parsed = await fetchJson(url, fetchImpl);
  if (!parsed.ok) return { ok: false, error: { kind: parsed.stage, url, detail: parsed.detail } };
  const checked = documentFileSchema.safeParse(parsed.json);
  if (!checked.success)
    return { ok: false, error: { kind: 'schema', url, issues: toIssues(checked.error.issues) } };
  if (checked.data.id !== doc.id)
    return {
      ok: false,
      error: {
        kind: 'schema',
        url,
        issues: [{ path: 'id', message: `is ${checked.data.id}, not ${doc.id}` }],
      },
    };
  return { ok: true, value: checked.data };
}
