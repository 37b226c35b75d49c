// The review API's HTTP plumbing: an error with its status and the problems to show, a JSON body read within
// its limit, a request checked against a zod schema, and a JSON answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { ReportedProblem } from '../../../src/domain/catalogue/problem-codes';
import { readBody } from './guard';

/** A decision is a few rows of text: far below this. */
export const MAX_JSON_BYTES = 256 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: ReportedProblem[] = [],
  ) {
    super(message);
  }
}

/** The request as `schema` takes it, or a 400 naming every field it refuses. */
export function parse<S extends z.ZodType>(schema: S, json: unknown): z.infer<S> {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  throw new HttpError(
    400,
    'the request is not a decision this server takes',
    r.error.issues.map((i) => ({ message: `${i.path.map(String).join('.') || '(request)'}: ${i.message}` })),
  );
}

export async function jsonBody(req: IncomingMessage): Promise<unknown> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpError(415, 'refused: send JSON (application/json)');
  const body = await readBody(req, MAX_JSON_BYTES);
  if (!Buffer.isBuffer(body)) throw new HttpError(body.status, body.message);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'the request body is not JSON');
  }
}

export function send(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
