// The review server (npm run review): the built dashboard, the review page and the review API, on
// 127.0.0.1 only. The API writes the curated tables (data/*.csv) and new documents (seeds/), nothing else:
// each decision is checked by the build first, written at once and atomically, and can be undone; the
// dataset the dashboard reads is rebuilt in memory after each write. Who may write is held by
// scripts/lib/review/guard.ts; what is written, by scripts/lib/review/decisions.ts.
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { seedExtension } from '../../src/domain/text/seed-formats';
import type { Result } from '../../src/domain/types';
import { MAX_FILE_BYTES, readSeedText } from './read-format/read-seed-text';
import { Catalogue, type Snapshot } from './review/catalogue';
import {
  decisionSchema,
  documentMetaRequest,
  documentRowOf,
  planDocumentMeta,
  documentRowRequest,
  planDocumentRow,
  planDecision,
  type Plan,
} from './review/decisions';
import { readBody, refuse } from './review/guard';
import { HttpError, jsonBody, parse, send } from './review/http';
import { serveDataset, staticFile } from './review/static-files';
import { proposeDocumentRow } from './review/propose-document';
import { uploadName } from './review/upload-name';
import { documentList, documentView, vocabulary } from './review/views';
import { writeFileAtomic } from './write-atomic';

/** Dropped documents waiting for their documents.csv row, at most (the oldest is forgotten). */
const MAX_PENDING = 8;
/** Decisions that can be undone, at most. */
const MAX_UNDO = 100;

export interface ReviewServerOptions {
  dataDir: string;
  seedsDir: string;
  /** The built dashboard (dist/); optional: the API works without it. */
  appDir?: string;
  /** The built review page (.review/). */
  reviewDir?: string;
  port?: number;
}

export interface ReviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
  /** The last rebuild of the dataset (tests wait for it). */
  rebuilt(): Promise<void>;
}

interface FileChange {
  path: string;
  before: Buffer | null;
  after: Buffer;
}

export async function startReviewServer(opts: ReviewServerOptions): Promise<ReviewServer> {
  const catalogue = new Catalogue(opts.dataDir, opts.seedsDir);
  const roots = [resolve(opts.dataDir), resolve(opts.seedsDir)];
  const token = randomBytes(24).toString('base64url');
  const undo: { label: string; files: FileChange[] }[] = [];
  const pending = new Map<string, { file: string; bytes: Buffer; text: Result<string> }>();
  let snapshot: Snapshot = await catalogue.load();
  let served = serveDataset(snapshot);
  let rebuilding: Promise<void> = Promise.resolve();
  // One write at a time: each reads the tables, checks, writes, and reloads before the next begins.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Writes only inside data/ and seeds/; a path elsewhere is a bug, refused here whatever the caller. */
  const inside = (path: string) => {
    const full = resolve(path);
    if (!roots.some((r) => full.startsWith(r + sep)))
      throw new Error(`refused to write outside data/ and seeds/: ${path}`);
    return full;
  };

  /** The current tables, refused when they are not those the page read. */
  const current = async (version: string): Promise<Snapshot> => {
    const now = await catalogue.load();
    if (now.version !== version)
      throw new HttpError(
        409,
        'the catalogue changed on disk since this page read it (another tab, or an editor): nothing was ' +
          'written; reload the document — what you entered stays in the form',
      );
    return now;
  };

  const apply = async (label: string, changes: FileChange[]) => {
    const done: FileChange[] = [];
    try {
      for (const c of changes) {
        const path = inside(c.path);
        if (c.before === null) writeNew(path, c.after);
        else writeFileAtomic(path, c.after);
        done.push(c);
      }
    } catch (error) {
      for (const c of done.reverse()) restore(c);
      throw error;
    }
    undo.push({ label, files: changes });
    if (undo.length > MAX_UNDO) undo.shift();
    await reload();
  };

  const restore = (c: FileChange) => {
    const path = inside(c.path);
    if (c.before === null) rmSync(path, { force: true });
    else writeFileAtomic(path, c.before);
  };

  const reload = async () => {
    snapshot = await catalogue.load();
    // The dashboard's dataset is rebuilt from the new snapshot after the answer is sent.
    rebuilding = new Promise((done) =>
      setImmediate(() => {
        served = serveDataset(snapshot);
        done();
      }),
    );
  };

  const tableChanges = (s: Snapshot, plan: Plan): FileChange[] =>
    plan.writes.map((w) => ({
      path: catalogue.tablePath(w.table),
      before: s.tables[w.table],
      after: w.bytes,
    }));

  const api = async (req: IncomingMessage, url: URL): Promise<unknown> => {
    const write = req.method === 'POST';
    if (!write && req.method !== 'GET') throw new HttpError(405, 'GET or POST only');
    const no = refuse(req, origin, token, write);
    if (no) throw new HttpError(no.status, no.message);
    const route = url.pathname.slice('/api/'.length);
    if (!write) {
      // The queue and a document are read from disk afresh: an edit made elsewhere shows (and its version
      // makes a page that read the older tables refuse to write over it).
      if (route === 'documents' || route === 'document') await serial(reload);
      if (route === 'documents') return { ...documentList(snapshot), undo: undo.length };
      if (route === 'vocabulary') return vocabulary(snapshot);
      if (route === 'document') {
        const id = url.searchParams.get('id') ?? '';
        const view = documentView(snapshot, id);
        if (!view) throw new HttpError(404, `no document "${id}" in the catalogue`);
        return { ...view, row: documentRowOf(catalogue, snapshot, id)?.cells ?? null };
      }
      throw new HttpError(404, `no such API: ${route}`);
    }
    if (route === 'upload') return upload(req, url);
    const json = await jsonBody(req);
    switch (route) {
      case 'check': {
        const d = parse(decisionSchema, json);
        const plan = planDecision(catalogue, snapshot, d);
        return { problems: plan.ok ? [] : plan.error };
      }
      case 'decide':
        return serial(async () => {
          const d = parse(decisionSchema, json);
          const s = await current(d.version);
          const plan = planDecision(catalogue, s, d);
          if (!plan.ok) throw new HttpError(422, 'nothing was written: the build would report', plan.error);
          await apply(`${d.action} ${d.document}@${d.offset}`, tableChanges(s, plan.value));
          return { version: snapshot.version, undo: undo.length };
        });
      case 'undo':
        return serial(async () => {
          const { version } = parse(decisionSchema.options[0].pick({ version: true }), json);
          await current(version);
          const last = undo.at(-1);
          if (!last) throw new HttpError(400, 'nothing to undo');
          for (const c of last.files) {
            const now = existsSync(c.path) ? readFileSync(c.path) : null;
            if (now === null || !now.equals(c.after))
              throw new HttpError(409, `${c.path} changed since that decision: it cannot be undone here`);
          }
          for (const c of [...last.files].reverse()) restore(c);
          undo.pop();
          await reload();
          return { version: snapshot.version, undone: last.label, undo: undo.length };
        });
      case 'document-meta':
        return serial(async () => {
          const r = parse(documentMetaRequest, json);
          const s = await current(r.version);
          const plan = planDocumentMeta(catalogue, s, r.id, r.row);
          if (!plan.ok) throw new HttpError(422, 'nothing was written: the build would report', plan.error);
          await apply(`correct ${r.id}`, tableChanges(s, plan.value));
          return { version: snapshot.version, undo: undo.length };
        });
      case 'document-row':
        return serial(async () => {
          const r = parse(documentRowRequest, json);
          const up = pending.get(r.pending);
          if (!up) throw new HttpError(404, 'that upload is no longer waiting: drop the file again');
          const s = await current(r.version);
          const seedPath = join(opts.seedsDir, up.file.slice('seeds/'.length));
          if (existsSync(seedPath))
            throw new HttpError(409, `${up.file} exists already: drop the file again`);
          const plan = planDocumentRow(catalogue, s, up.file, up.text, r.row);
          if (!plan.ok) throw new HttpError(422, 'nothing was written: the build would report', plan.error);
          await apply(`add ${up.file}`, [
            { path: seedPath, before: null, after: up.bytes },
            ...tableChanges(s, plan.value),
          ]);
          pending.delete(r.pending);
          return { version: snapshot.version, undo: undo.length, id: r.row.id };
        });
      default:
        throw new HttpError(404, `no such API: ${route}`);
    }
  };

  const upload = async (req: IncomingMessage, url: URL) => {
    const named = uploadName(url.searchParams.get('name') ?? '', opts.seedsDir);
    if (!named.ok) throw new HttpError(400, named.error);
    if (!String(req.headers['content-type'] ?? '').startsWith('application/octet-stream'))
      throw new HttpError(415, 'refused: send the file as application/octet-stream');
    const ext = seedExtension(named.value)!;
    const body = await readBody(req, MAX_FILE_BYTES[ext]);
    if (!Buffer.isBuffer(body)) throw new HttpError(body.status, `${named.value}: ${body.message}`);
    const text = await readSeedText(named.value, body);
    if (!text.ok) throw new HttpError(422, `${named.value}: ${text.error}`);
    const id = randomBytes(12).toString('base64url');
    pending.set(id, { file: `seeds/${named.value}`, bytes: body, text });
    if (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
    const dataset = snapshot.built.ok ? snapshot.built.value.dataset : null;
    return {
      pending: id,
      file: `seeds/${named.value}`,
      row: proposeDocumentRow(text.value, body, dataset),
      version: snapshot.version,
    };
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      api(req, url).then(
        (value) => send(res, 200, value),
        (error: unknown) => {
          if (error instanceof HttpError)
            send(res, error.status, { error: error.message, problems: error.problems });
          else
            send(res, 500, { error: error instanceof Error ? error.message : String(error), problems: [] });
          req.resume();
        },
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (req.headers.host !== new URL(origin).host) {
      res.writeHead(403).end();
      return;
    }
    staticFile(url.pathname, res, served, token, [opts.reviewDir, opts.appDir]);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    token,
    rebuilt: () => rebuilding,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A new file, never over an existing one: written beside it, then linked in (which fails if it exists). */
function writeNew(path: string, bytes: Buffer): void {
  // Hidden (a leading dot): a build that ran meanwhile, or after a crash, skips it.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes, { flag: 'wx' });
  try {
    linkSync(tmp, path);
  } finally {
    unlinkSync(tmp);
  }
}
