// The review API's HTTP plumbing: an error with its status and the problems to show, a JSON body read within
// its limit, a request checked against a zod schema, and a JSON answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { detail, type RecordKind, type ReportedProblem } from '../../../src/domain/catalogue/problem-codes';
import { fieldIssue } from '../../../src/domain/catalogue/rows';
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
    r.error.issues.map((i) => requestProblem(i, json)),
  );
}

/** The part of a request that holds a row's cells, and the row it is. */
const RECORDS: Record<string, RecordKind> = {
  observation: 'observation',
  indicator: 'new indicator',
  ignore: 'ignore',
  row: 'document',
};

/**
 * A refused part of a request, in words; a cell of a row (one the curator typed too long, say) also as a
 * field problem, for the page to word in its language.
 */
function requestProblem(i: z.core.$ZodIssue, json: unknown): ReportedProblem {
  const message = `${i.path.map(String).join('.') || '(request)'}: ${i.message}`;
  const [part, column] = i.path.map(String);
  const record = part === undefined ? undefined : RECORDS[part];
  if (!record || part === undefined || column === undefined || i.path.length !== 2) return { message };
  const cells = (json as Record<string, unknown>)[part] as Record<string, unknown>;
  const cell = cells[column];
  // The value as far as a person reads it on the page: the start of an over-long cell.
  const value = typeof cell === 'string' ? (cell.length > 40 ? `${cell.slice(0, 40)}…` : cell) : '';
  return { message, ...detail('field', { column, value, issue: fieldIssue(i), record }) };
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
