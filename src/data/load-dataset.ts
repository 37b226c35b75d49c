// Loads public/data/indicators.json relative to the page (works from any subpath, offline) and validates it.
// Returns a result: every failure is a value the app can show, never an exception or a blank page.
import { datasetSchema, type Dataset } from '../domain/dataset-schema';
import type { Result } from '../domain/types';

export type LoadError =
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'json'; url: string; detail: string }
  | { kind: 'schema'; url: string; issues: { path: string; message: string }[] };

export function datasetUrl(baseURI: string = document.baseURI): string {
  return new URL('data/indicators.json', baseURI).href;
}

export function validateDataset(json: unknown, url = ''): Result<Dataset, LoadError> {
  const parsed = datasetSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: {
      kind: 'schema',
      url,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(root)',
        message: i.message,
      })),
    },
  };
}

export async function loadDataset(
  url: string = datasetUrl(),
  fetchImpl: typeof fetch = fetch,
): Promise<Result<Dataset, LoadError>> {
  let text: string;
  try {
    // Default request options, so the preload of index.html serves this fetch.
    const res = await fetchImpl(url);
    if (!res.ok) return { ok: false, error: { kind: 'network', url, detail: `HTTP ${res.status}` } };
    text = await res.text();
  } catch (e) {
    return { ok: false, error: { kind: 'network', url, detail: e instanceof Error ? e.message : String(e) } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'json', url, detail: e instanceof Error ? e.message : String(e) } };
  }
  return validateDataset(json, url);
}
