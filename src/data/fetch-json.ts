// Fetch and parse a JSON file, as a result that says which step failed. Used by the dataset worker, and by
// the page itself where no worker can run. Imports nothing, so the worker's file stays small.

export type ParseResult =
  { ok: true; json: unknown } | { ok: false; stage: 'network' | 'json'; detail: string };

export type FetchResult = { ok: true; bytes: ArrayBuffer } | { ok: false; stage: 'network'; detail: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** GET `url` with default options: its body, or why there is none. */
export async function fetchBytes(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchResult> {
  try {
    const res = await fetchImpl(url);
    if (!res.ok) {
      // Read the error page to its end, so the request ends now rather than when the body is dropped.
      await res.arrayBuffer().catch(() => undefined);
      return { ok: false, stage: 'network', detail: `HTTP ${res.status}` };
    }
    return { ok: true, bytes: await res.arrayBuffer() };
  } catch (e) {
    return { ok: false, stage: 'network', detail: message(e) };
  }
}

/** The bytes of a JSON text, parsed on the calling thread. */
export function parseBytes(buffer: ArrayBuffer): ParseResult {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(buffer)) };
  } catch (e) {
    return { ok: false, stage: 'json', detail: message(e) };
  }
}

/** GET `url` and parse the body as JSON. */
export async function fetchJson(url: string, fetchImpl: typeof fetch = fetch): Promise<ParseResult> {
  const fetched = await fetchBytes(url, fetchImpl);
  return fetched.ok ? parseBytes(fetched.bytes) : fetched;
}
