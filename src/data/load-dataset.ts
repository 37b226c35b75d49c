// Loads public/data/indicators.json relative to the page (works from any subpath, offline) and validates it.
// Returns a result: every failure is a value the app can show, never an exception or a blank page.
// A dataset in parts (a head listing part files, schema version 3): the head and the first part, and either
// the rest at once or, where the first part may stand for the first screen, a way to load the rest later
// (load-parts.ts, its own chunk, loaded only for a dataset in parts: docs/boot.md).
import { z } from 'zod/mini';
import {
  DATASET_PATH,
  datasetMentionSchema,
  datasetSchema,
  indicatorSchema,
  type Dataset,
  type DatasetHead,
} from '../domain/dataset-schema';
import { isDatasetHead } from '../domain/dataset-head';
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

type Checker<T> = {
  safeParse: (
    v: unknown,
  ) => { success: true; data: T } | { success: false; error: { issues: readonly ZodIssueLike[] } };
};

/** `json` checked by `schema`: the value, or every issue. */
export function check<T>(schema: Checker<T>, json: unknown, url: string): Result<T, LoadError> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: { kind: 'schema', url, issues: toIssues(parsed.error.issues) } };
}

export function validateDataset(json: unknown, url = ''): Result<Dataset, LoadError> {
  return check(datasetSchema, json, url);
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
export function validateDatasetInSlices(
  json: unknown,
  url: string,
  pause: () => Promise<void>,
): Promise<Result<Dataset, LoadError>> {
  return validateInSlices(datasetSchema, json, url, pause);
}

/** validateDatasetInSlices for any record whose long arrays are `indicators` (and `mentions`): a part too. */
export async function validateInSlices<T>(
  schema: Checker<T>,
  json: unknown,
  url: string,
  pause: () => Promise<void>,
): Promise<Result<T, LoadError>> {
  const record = json as Record<string, unknown> | null;
  const present = LONG_ARRAYS.filter(([k]) => record?.[k] !== undefined);
  if (
    !record ||
    typeof record !== 'object' ||
    !Array.isArray(record.indicators) ||
    present.some(([k]) => !Array.isArray(record[k]))
  )
    return check(schema, json, url);
  const emptied = Object.fromEntries(present.map(([k]) => [k, []]));
  const head = schema.safeParse({ ...record, ...emptied });
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
  return { ok: true, value: { ...head.data, ...parts } as T };
}

/** The rest of a dataset in parts, once the page is live on its first part. */
export interface RestOfDataset {
  /** Indicators shown (the first part's) and in the whole dataset. */
  shown: number;
  total: number;
  /** Fetch and check the other parts: the whole dataset, or why it could not be had. */
  load: (pause: () => Promise<void>) => Promise<Result<Dataset, LoadError>>;
}

/** A loaded dataset; `rest` when it is the first part of one in parts, the rest still to load. */
export type LoadResult = Result<Dataset, LoadError> & { rest?: RestOfDataset };

/** May the page go live on the first part, given when its order holds? (false: wait for the whole.) */
export type FirstPartOk = (order: DatasetHead['order']) => boolean;

export interface LoadContext {
  url: string;
  fetchImpl: typeof fetch;
  pause?: () => Promise<void>;
}

/**
 * Fetch, parse and validate the dataset. With `pause` (the page), a worker fetches and parses the JSON off
 * the main thread (parse-off-main.ts; the page does it itself where no worker can run) and it is validated
 * in slices with a pause between them (validateDatasetInSlices), so a large dataset never holds the main
 * thread for long. A dataset in parts: with `firstPartOk` answering yes, its first part and `rest`;
 * otherwise (and by default) every part, joined.
 */
export async function loadDataset(
  url: string = datasetUrl(),
  fetchImpl: typeof fetch = fetch,
  pause?: () => Promise<void>,
  offMain: (url: string) => Promise<ParseResult | null> = fetchOffMain,
  firstPartOk: FirstPartOk = () => false,
): Promise<LoadResult> {
  const parsed = (pause ? await offMain(url) : null) ?? (await fetchJson(url, fetchImpl));
  if (!parsed.ok) return { ok: false, error: { kind: parsed.stage, url, detail: parsed.detail } };
  if (isDatasetHead(parsed.json)) {
    const { json } = parsed;
    const ctx = { url, fetchImpl, ...(pause ? { pause } : {}) };
    return import('./load-parts').then((m) => m.loadInParts(json, ctx, firstPartOk));
  }
  return pause ? validateDatasetInSlices(parsed.json, url, pause) : validateDataset(parsed.json, url);
}
