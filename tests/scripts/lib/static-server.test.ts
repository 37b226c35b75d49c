import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  policyFor,
  startStaticServer,
  type StaticServer,
} from '../../../scripts/lib/static-server';

let server: StaticServer;
const INDEX = '<!doctype html><title>科技金融指标看板</title>' + 'x'.repeat(2000);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'data', 'indicators.json'), '{"schemaVersion":1}');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  server = await startStaticServer({ root, base: '/sub/path/' });
});
afterAll(() => server.close());

function get(path: string, headers: Record<string, string> = {}) {
  const { origin } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${origin}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the static server behind npm start', () => {
  it('serves the app under its subpath, with the CSP header', async () => {
    const r = await get('/sub/path/');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe(INDEX);
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('/sub/path')).headers.location).toBe('/sub/path/');
    expect((await get('/other/')).status).toBe(404);
  });

  it('gzips text for clients that accept it, and only for them', async () => {
    const r = await get('/sub/path/index.html', { 'accept-encoding': 'gzip, deflate' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.body.length).toBeLessThan(INDEX.length / 3);
    expect(gunzipSync(r.body).toString()).toBe(INDEX);
    const plain = await get('/sub/path/data/indicators.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('{"schemaVersion":1}');
  });

  it('never serves a file outside its root', async () => {
    for (const path of [
      '/sub/path/../secret.txt',
      '/sub/path/%2e%2e/%2e%2e/secret.txt',
      '/sub/path/..%2f..%2fsecret.txt',
    ]) {
      const r = await get(path);
      expect([403, 404]).toContain(r.status);
      expect(r.body.toString()).not.toContain('secret');
    }
  });
});

describe('the CSP header of a built page', () => {
  it("repeats the page's own policy (with its script hashes) and adds frame-ancestors; the default otherwise", () => {
    const root = mkdtempSync(join(tmpdir(), 'csp-'));
    expect(policyFor(root)).toBe(CONTENT_SECURITY_POLICY);
    const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; object-src 'none'";
    writeFileSync(
      join(root, 'index.html'),
      `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}" /></head></html>`,
    );
    expect(policyFor(root)).toBe(`${policy}; frame-ancestors 'none'`);
    writeFileSync(join(root, 'index.html'), '<html><head></head></html>');
    // A rewritten page is read again (the cache follows the file's mtime).
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'index.html'), later, later);
    expect(policyFor(root)).toBe(CONTENT_SECURITY_POLICY);
  });
});
