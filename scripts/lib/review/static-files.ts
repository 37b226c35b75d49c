// What the review server serves besides its API: the dataset the dashboard reads (data/indicators.json and
// its document files, from memory, rebuilt after each write), the review page with this run's token in it,
// and the built files of the review page and the dashboard, never a path outside their folders.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { splitDataset } from '../../../src/domain/catalogue/split-dataset';
import { dateToIso } from '../../../src/domain/period';
import type { Snapshot } from './catalogue';

export const TOKEN_PLACEHOLDER = '__REVIEW_TOKEN__';

const REVIEW_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The dataset as the dashboard fetches it (data/indicators.json, its document files and parts), from memory. */
export function serveDataset(s: Snapshot): Map<string, string> {
  const files = new Map<string, string>();
  if (!s.built.ok) return files;
  const digest = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 12);
  const { index, documents, parts } = splitDataset(s.built.value.dataset, digest, {
    asOf: dateToIso(new Date()),
  });
  files.set('data/indicators.json', JSON.stringify(index) + '\n');
  for (const d of [...documents, ...parts]) files.set(`data/${d.path}`, d.json);
  return files;
}

/** `roots`: the review page's folder, then the dashboard's. */
export function staticFile(
  pathname: string,
  res: ServerResponse,
  dataset: Map<string, string>,
  token: string,
  roots: readonly (string | undefined)[],
): void {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    res.writeHead(400).end();
    return;
  }
  const headers = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
  const data = dataset.get(rel);
  if (data !== undefined) {
    res.writeHead(200, { ...headers, 'content-type': TYPES['.json']! }).end(data);
    return;
  }
  for (const root of roots) {
    if (!root) continue;
    const base = normalize(resolve(root));
    const file = normalize(join(base, rel));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) continue;
    if (rel === 'review.html') {
      const html = readFileSync(file, 'utf8').replace(TOKEN_PLACEHOLDER, token);
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES['.html']!,
        'content-security-policy': REVIEW_CSP,
      });
      res.end(html);
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}
