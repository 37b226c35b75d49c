import { describe, expect, it } from 'vitest';
import { documentUrl, loadDocumentFile } from '../../src/data/load-document';

const BASE = 'https://example.test/app/data/indicators.json';
const doc = { id: 'doc-a', textFile: 'documents/doc-a.abc.json' };
const good = { schemaVersion: 2, id: 'doc-a', text: '正文', mentions: [] };

function serve(status: number, body: string): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const f = (url: string | URL | Request) => {
    urls.push(String(url));
    return Promise.resolve(new Response(body, { status }));
  };
  return { fetch: f as typeof fetch, urls };
}

describe('loadDocumentFile', () => {
  it('fetches the file beside the dataset (any subpath) and returns it validated', async () => {
    const server = serve(200, JSON.stringify(good));
    expect(await loadDocumentFile(doc, server.fetch, BASE)).toEqual({ ok: true, value: good });
    expect(server.urls).toEqual(['https://example.test/app/data/documents/doc-a.abc.json']);
    expect(documentUrl(doc.textFile, BASE)).toBe(server.urls[0]);
  });

  it.each([
    ['an HTTP error', 404, 'nope', { kind: 'network', detail: 'HTTP 404' }],
    ['broken JSON', 200, '{"id":', { kind: 'json' }],
    ['a wrong shape', 200, JSON.stringify({ ...good, text: 3 }), { kind: 'schema' }],
    ['another document', 200, JSON.stringify({ ...good, id: 'doc-b' }), { kind: 'schema' }],
  ])('reports %s as an error value', async (_, status, body, expected) => {
    const r = await loadDocumentFile(doc, serve(status, body).fetch, BASE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject(expected);
  });

  it('names the field that is wrong', async () => {
    const r = await loadDocumentFile(doc, serve(200, JSON.stringify({ ...good, id: 'doc-b' })).fetch, BASE);
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'schema',
        url: 'https://example.test/app/data/documents/doc-a.abc.json',
        issues: [{ path: 'id', message: 'is doc-b, not doc-a' }],
      },
    });
  });
});
