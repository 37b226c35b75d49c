// A small static file server for the built app: `npm start` and the browser tests use it. It serves
// dist/ under any base path (/ or /some/subpath/) on loopback only.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headerPolicy } from './snapshot-html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The policy of the source index.html's meta tag, plus what only a header can say (frame-ancestors): our
 *  own origin only, no inline script, no plugins, no framing. A built page states its own policy (the
 *  prerender step allows its guard script by hash): the header repeats that one, see policyFor(). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; " +
  "frame-ancestors 'none'";

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.csv']);
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

function gzipped(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtime, body });
  return body;
}

const policyCache = new Map<string, { mtime: number; policy: string }>();

/** The header policy for pages under `root`: the one its index.html states, else the default. */
export function policyFor(root: string): string {
  const file = join(root, 'index.html');
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return CONTENT_SECURITY_POLICY;
  }
  const hit = policyCache.get(file);
  if (hit && hit.mtime === mtime) return hit.policy;
  const policy = headerPolicy(readFileSync(file, 'utf8')) ?? CONTENT_SECURITY_POLICY;
  policyCache.set(file, { mtime, policy });
  return policy;
}

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(opts: {
  root: string;
  base?: string;
  port?: number;
}): Promise<StaticServer> {
  const base = normalizeBase(opts.base ?? '/');
  const root = normalize(opts.root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`not found: the app lives under ${base}`);
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    } catch {
      res.writeHead(400).end();
      return;
    }
    const path = normalize(join(root, rel));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let file = path;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'content-security-policy': policyFor(root),
      vary: 'accept-encoding',
    };
    // Text compresses 3–5×: gzip it as any real static host would (once per file version).
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(extname(file))) {
      const body = gzipped(file);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}
