// Loads public/data/indicators.json relative to the page (works from any subpath, offline) and validates it.
// Returns a result: every failure is a value the app can show, never an exception or a blank page.
import { z } from 'zod/mini';
import {
  DATASET_PATH,
  datasetMentionSchema,
  datasetSchema,
  indicatorSchema,
  type Dataset,
} from '../domain/dataset-schema';
import type { Result } from '../domain/types';
import { fetchJson, type ParseResult } from './fetch-json';
import { fetchOffMain } from './parse-off-main';

export type LoadError =
  | { kind: 'network'; url: string; detail: string }
  | { kind: 'json'; url: string; detail: string }
  | { kind: 'schema'; url: string; issues: { path: string; message: string }[] };

export function datasetUrl(baseURI: string = document.baseURI): string {
  return new URL(DATASET_PATH, baseURI).href;
}

type Issue = { path: string; message: string };
type ZodIssueLike = { path: readonly PropertyKey[]; message: string };

/** zod's issues as the app shows them: a dotted path (with a prefix) and a message. */
export function toIssues(issues: readonly ZodIssueLike[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.map((i) => ({
    path: [...prefix, ...i.path].map(String).join('.') || '(root)',
    message: i.message,
  }));
}

export function validateDataset(json: unknown, url = ''): Result<Dataset, LoadError> {
  const parsed = datasetSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: { kind: 'schema', url, issues: toIssues(parsed.error.issues) } };
}

/** Elements validated per slice: a few milliseconds of work on a slow machine. */
export const VALIDATION_SLICE = 200;

const LONG_ARRAYS = [
  ['indicators', z.array(indicatorSchema)],
  ['mentions', z.array(datasetMentionSchema)],
] as const;

/**
 * validateDataset with the same result (value, or every issue with the same paths), done in slices with
 * `pause()` between them: the indicators array (and mentions, where the dataset carries them inline), which
 * hold nearly all the work for a large dataset, VALIDATION_SLICE elements at a time.
 */
export async function validateDatasetInSlices(
  json: unknown,
  url: string,
  pause: () => Promise<void>,
): Promise<Result<Dataset, LoadError>> {
  const record = json as Record<string, unknown> | null;
  const present = LONG_ARRAYS.filter(([k]) => record?.[k] !== undefined);
  if (
    !record ||
    typeof record !== 'object' ||
    !Array.isArray(record.indicators) ||
    present.some(([k]) => !Array.isArray(record[k]))
  )
    return validateDataset(json, url);
  const emptied = Object.fromEntries(present.map(([k]) => [k, []]));
  const head = datasetSchema.safeParse({ ...record, ...emptied });
  const issues: Issue[] = head.success ? [] : toIssues(head.error.issues);
  const parts: Record<string, unknown[]> = {};
  for (const [key, schema] of present) {
    const all = record[key] as unknown[];
    const out: unknown[] = [];
    for (let start = 0; start < all.length; start += VALIDATION_SLICE) {
      await pause();
      const slice = schema.safeParse(all.slice(start, start + VALIDATION_SLICE));
      if (slice.success) out.push(...slice.data);
      else
        issues.push(
          ...toIssues(
            slice.error.issues.map((i) => ({
              ...i,
              path: [start + Number(i.path[0]), ...i.path.slice(1)],
            })),
            [key],
          ),
        );
    }
    parts[key] = out;
  }
  if (issues.length || !head.success) return { ok: false, error: { kind: 'schema', url, issues } };
  return { ok: true, value: { ...head.data, ...parts } as Dataset };
}

/**
 * Fetch, parse and validate the dataset. With `pause` (the page), a worker fetches and parses the JSON off
 * the main thread (parse-off-main.ts; the page does it itself where no worker can run) and it is validated
 * in slices with a pause between them (validateDatasetInSlices), so a large dataset never holds the main
 * thread for long.
 */
export async function loadDataset(
  url: string = datasetUrl(),
  fetchImpl: typeof fetch = fetch,
  pause?: () => Promise<void>,
  offMain: (url: string) => Promise<ParseResult | null> = fetchOffMain,
): Promise<Result<Dataset, LoadError>> {
  const parsed = (pause ? await offMain(url) : null) ?? (await fetchJson(url, fetchImpl));
  if (!parsed.ok) return { ok: false, error: { kind: parsed.stage, url, detail: parsed.detail } };
  return pause ? validateDatasetInSlices(parsed.json, url, pause) : validateDataset(parsed.json, url);
}
