// A dataset in parts (schema version 3): its head and first part, and the parts after the first, fetched one
// after another (once the page is live on the first part): each by a worker that parses it off the main
// thread (parse-off-main.ts; the page itself where none can run) and checked in slices like the dataset.
// Its own chunk, with the head's and parts' schemas: only a dataset in parts loads it (docs/boot.md).
import {
  datasetHeadSchema,
  datasetPartSchema,
  joinParts,
  type DatasetPart,
  type PartRef,
} from '../domain/dataset-parts';
import type { Result } from '../domain/types';
import { fetchJson } from './fetch-json';
import {
  check,
  validateInSlices,
  type FirstPartOk,
  type LoadContext,
  type LoadError,
  type LoadResult,
  type RestOfDataset,
} from './load-dataset';
import { fetchOffMain } from './parse-off-main';

export async function loadParts(
  refs: readonly PartRef[],
  { url: base, fetchImpl, pause }: LoadContext,
): Promise<Result<DatasetPart[], LoadError>> {
  const out: DatasetPart[] = [];
  for (const ref of refs) {
    const url = new URL(ref.file, base).href;
    const parsed = (pause ? await fetchOffMain(url) : null) ?? (await fetchJson(url, fetchImpl));
    if (!parsed.ok) return { ok: false, error: { kind: parsed.stage, url, detail: parsed.detail } };
    const part = pause
      ? await validateInSlices(datasetPartSchema, parsed.json, url, pause)
      : check(datasetPartSchema, parsed.json, url);
    if (!part.ok) return part;
    if (part.value.indicators.length !== ref.indicators)
      return {
        ok: false,
        error: {
          kind: 'schema',
          url,
          issues: [
            {
              path: 'indicators',
              message: `holds ${part.value.indicators.length} indicators, the head says ${ref.indicators}`,
            },
          ],
        },
      };
    out.push(part.value);
  }
  return { ok: true, value: out };
}

/**
 * A dataset in parts, its head parsed: the head and the first part checked, then either the first part and
 * `rest` (where `firstPartOk` says the page may go live on it) or every part, joined.
 */
export async function loadInParts(
  json: unknown,
  ctx: LoadContext,
  firstPartOk: FirstPartOk,
): Promise<LoadResult> {
  const head = check(datasetHeadSchema, json, ctx.url);
  if (!head.ok) return head;
  const firstUrl = new URL(head.value.parts[0]!.file, ctx.url).href;
  const fetched = await fetchJson(firstUrl, ctx.fetchImpl);
  if (!fetched.ok)
    return { ok: false, error: { kind: fetched.stage, url: firstUrl, detail: fetched.detail } };
  const first = check(datasetPartSchema, fetched.json, firstUrl);
  if (!first.ok) return first;
  const whole = (others: DatasetPart[]) => joinParts(head.value, [first.value, ...others]);
  if (head.value.parts.length > 1 && firstPartOk(head.value.order)) {
    const rest: RestOfDataset = {
      shown: first.value.indicators.length,
      total: head.value.indicatorCount,
      load: async (pause) => {
        const others = await loadParts(head.value.parts.slice(1), { ...ctx, pause });
        return others.ok ? { ok: true, value: whole(others.value) } : others;
      },
    };
    return { ok: true, value: joinParts(head.value, [first.value]), rest };
  }
  const others = await loadParts(head.value.parts.slice(1), ctx);
  return others.ok ? { ok: true, value: whole(others.value) } : others;
}
