// Who may talk to the review server: only its own page. Every API request must come to the address the
// server listens on (a Host header naming another host is a DNS-rebinding page), carry the per-run token the
// server put into its own page, and a write must come from the server's own origin (Origin, and
// Sec-Fetch-Site where the browser sends it). Each refusal says why, with its HTTP status.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-review-token';

export interface Refusal {
  status: number;
  message: string;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Null when the request may go on; else why not. `origin` is http://127.0.0.1:<port>. */
export function refuse(req: IncomingMessage, origin: string, token: string, write: boolean): Refusal | null {
  if (req.headers.host !== new URL(origin).host)
    return { status: 403, message: `refused: the review server answers only to ${origin}` };
  if (write) {
    const from = req.headers.origin;
    if (from !== origin)
      return {
        status: 403,
        message: `refused: a write must come from the review page itself (${origin}), not from ${from ?? 'no origin'}`,
      };
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin')
      return { status: 403, message: `refused: a write from a ${site} page` };
  }
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || given === '')
    return { status: 403, message: 'refused: no review token (open the review page the server printed)' };
  if (!sameToken(given, token))
    return {
      status: 403,
      message: 'refused: wrong review token (the server was restarted? reload the page)',
    };
  return null;
}

/** The request's body, refused past `limit` bytes (413) without reading the rest. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | Refusal> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  const tooLarge: Refusal = {
    status: 413,
    message: `refused: larger than ${limit} bytes (${(limit / 1024 / 1024).toFixed(1)} MB), the most this accepts`,
  };
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        resolve(tooLarge);
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
