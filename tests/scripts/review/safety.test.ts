// The review server writes only for its own page: on a copy of the project, a write from another origin,
// without the token or with a wrong one, to another Host, a path out of seeds/, a file type seeds/ does not
// read and an upload over the size limit are each refused with its status and reason, and nothing on disk
// changes. A write the page would send goes through (so the refusals are the guard's, not a broken route).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../scripts/lib/read-format/read-seed-text';
import { startReviewServer, type ReviewServer } from '../../../scripts/lib/review-server';
import { call, copyProject, filesOf, NEW_DOC, pageHeaders, type Project } from './project';

let p: Project;
let server: ReviewServer;

beforeAll(async () => {
  p = copyProject();
  // An app folder beside data/: a path that climbed out of it would find the catalogue.
  const app = join(p.root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>app</title>');
  server = await startReviewServer({ dataDir: p.data, seedsDir: p.seeds, appDir: app });
});
afterAll(() => server.close());

async function version(): Promise<string> {
  const r = await call(`${server.url}api/documents`, { headers: pageHeaders(server.url, server.token) });
  return r.json.version as string;
}

/** Ignoring the report's 12个, as the page would send it. */
async function ignoreDecision(): Promise<string> {
  return JSON.stringify({
    version: await version(),
    action: 'ignore',
    document: NEW_DOC,
    offset: 66,
    ignore: { document: NEW_DOC, quote: '全市新设科技金融服务中心12个', reason: 'a test' },
  });
}

describe('refused writes change nothing', () => {
  it.each([
    ['another origin', { origin: 'http://evil.example' }, /must come from the review page/],
    ['no origin', { origin: undefined }, /must come from the review page/],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, /cross-site/],
    ['no token', { 'x-review-token': undefined }, /no review token/],
    ['a wrong token', { 'x-review-token': 'x'.repeat(32) }, /wrong review token/],
    ['another Host (DNS rebinding)', { host: 'evil.example' }, /answers only to/],
  ])('%s: 403', async (_, change, message) => {
    const before = filesOf(p);
    const headers: Record<string, string> = { ...pageHeaders(server.url, server.token) };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete headers[k];
      else headers[k] = v;
    }
    const r = await call(`${server.url}api/decide`, {
      method: 'POST',
      headers,
      body: await ignoreDecision(),
    });
    expect(r.status).toBe(403);
    expect(r.json.error).toMatch(message);
    expect(filesOf(p)).toEqual(before);
  });

  it('reads need the token too', async () => {
    const r = await call(`${server.url}api/document?id=${NEW_DOC}`);
    expect(r.status).toBe(403);
    expect(r.json.text).toBeUndefined();
  });

  it.each([
    ['../data/observations.txt', 400, /not a plain file name/],
    ['..%2F..%2Fpackage.txt', 400, /not a plain file name/],
    ['sub/dir.txt', 400, /not a plain file name/],
    ['.hidden.txt', 400, /not a plain file name/],
    ['evil.exe', 400, /not a document seeds\/ reads/],
    ['page.svg', 400, /not a document seeds\/ reads/],
  ])('upload named %s: %i', async (name, status, message) => {
    const before = filesOf(p);
    const r = await call(`${server.url}api/upload?name=${encodeURIComponent(decodeURIComponent(name))}`, {
      method: 'POST',
      headers: pageHeaders(server.url, server.token, 'application/octet-stream'),
      body: '截至2025年6月末，贷款余额100亿元。',
    });
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
    expect(filesOf(p)).toEqual(before);
  });

  it(`an upload over its format's limit (.txt: ${MAX_FILE_BYTES.txt} bytes): 413`, async () => {
    const before = filesOf(p);
    const r = await call(`${server.url}api/upload?name=big.txt`, {
      method: 'POST',
      headers: pageHeaders(server.url, server.token, 'application/octet-stream'),
      body: Buffer.alloc(MAX_FILE_BYTES.txt + 1, 0x61),
    });
    expect(r.status).toBe(413);
    expect(r.json.error).toMatch(/larger than 2097152 bytes/);
    expect(filesOf(p)).toEqual(before);
  });

  it('a file of an accepted name but not what it says (a .docx that is not one): 422', async () => {
    const before = filesOf(p);
    const r = await call(`${server.url}api/upload?name=report.docx`, {
      method: 'POST',
      headers: pageHeaders(server.url, server.token, 'application/octet-stream'),
      body: 'not a zip',
    });
    expect(r.status).toBe(422);
    expect(r.json.error).toMatch(/^report\.docx: /);
    expect(filesOf(p)).toEqual(before);
  });

  it('JSON of another shape, or not JSON: 400 / 415', async () => {
    const before = filesOf(p);
    const headers = pageHeaders(server.url, server.token);
    const shape = await call(`${server.url}api/decide`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ version: 'x', action: 'delete', document: '../../etc', offset: 1 }),
    });
    expect(shape.status).toBe(400);
    const plain = await call(`${server.url}api/decide`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: await ignoreDecision(),
    });
    expect(plain.status).toBe(415);
    expect(filesOf(p)).toEqual(before);
  });

  it('no file outside the app and the dataset is served (path traversal)', async () => {
    expect((await call(server.url)).status).toBe(200);
    for (const path of [
      '..%2Fdata%2Fobservations.csv',
      '%2E%2E/%2E%2E/etc/passwd',
      'data/../../data/ignored.csv',
    ]) {
      const r = await call(`${server.url}${path}`);
      expect(r.status, path).toBe(404);
    }
    const doc = await call(`${server.url}api/document?id=${encodeURIComponent('../data/observations')}`, {
      headers: pageHeaders(server.url, server.token),
    });
    expect(doc.status).toBe(404);
  });
});

describe('the page itself may write', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('the same ignore decision from the page is written', async () => {
    const before = filesOf(p);
    const r = await call(`${server.url}api/decide`, {
      method: 'POST',
      headers: pageHeaders(server.url, server.token),
      body: await ignoreDecision(),
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const after = filesOf(p);
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed).toEqual(['data/ignored.csv']);
  });
});
