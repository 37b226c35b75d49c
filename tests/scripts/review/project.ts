// A temporary copy of the project's catalogue (data/) and documents (seeds/) for the review server's tests,
// with a new document whose figures nobody has reviewed yet; and plain HTTP to the server, every header
// under the test's control (Host, Origin, Sec-Fetch-Site).
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ReportedProblem } from '../../../src/domain/catalogue/problem-codes';

export const NEW_DOC = 'test-2025-progress';
export const NEW_FILE = 'seeds/test-progress.txt';
/** A short progress report: an actual that continues an existing indicator, a target, a count, a rank. */
export const NEW_TEXT =
  '重庆市科技金融工作进展情况\n' +
  '截至2025年6月末，全市科技型企业贷款余额8000亿元，同比增长20.5%。\n' +
  '全市新设科技金融服务中心12个，服务科技型企业3000家。\n' +
  '到2027年，力争全市知识产权质押融资额达到300亿元。\n';

export interface Project {
  root: string;
  data: string;
  seeds: string;
  /** The catalogue as copied, before the test changed it. */
  pristine: string;
}

/** data/ and seeds/ (or those of `from`) copied into a temporary folder, with NEW_DOC added (when `withNew`). */
export function copyProject(withNew = true, from = { data: 'data', seeds: 'seeds' }): Project {
  const root = mkdtempSync(join(tmpdir(), 'review-'));
  const data = join(root, 'data');
  const seeds = join(root, 'seeds');
  const pristine = join(root, 'pristine');
  cpSync(from.data, data, { recursive: true });
  cpSync(from.seeds, seeds, { recursive: true });
  if (withNew) {
    writeFileSync(join(root, NEW_FILE), NEW_TEXT);
    appendFileSync(
      join(data, 'documents.csv'),
      `${NEW_DOC},${NEW_FILE},重庆市科技金融工作进展情况,重庆市地方金融管理局,2025-07-15,chongqing,notice,\n`,
    );
  }
  cpSync(data, pristine, { recursive: true });
  return { root, data, seeds, pristine };
}

/**
 * A project whose NEW_DOC has been drafted into the catalogue (`npm run draft -- FILE --write`: its five
 * figures as draft rows, three of them into new draft indicators); the catalogue as drafted is its pristine.
 */
export function draftedProject(): Project {
  const p = copyProject();
  const r = spawnSync(
    join('node_modules', '.bin', 'tsx'),
    ['scripts/draft.ts', join(p.root, NEW_FILE), '--write', '--data', p.data, '--seeds', p.seeds],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`npm run draft failed: ${r.stderr}`);
  return copyProject(false, p);
}

/**
 * `git diff` of the catalogue against its copy as the test began, as a person reads it (paths a/data and
 * b/data, hunk headers without their context line): what a reviewer of the change would see.
 */
export function catalogueDiff(p: Project): string {
  const r = spawnSync('git', ['diff', '--no-index', '--no-color', '-U0', p.pristine, p.data], {
    encoding: 'utf8',
  });
  return r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('index ') && !l.startsWith('diff --git'))
    .map((l) =>
      l
        .replace(`a${p.pristine}`, 'a/data')
        .replace(`b${p.data}`, 'b/data')
        .replace(/^(@@ [^@]+ @@).*/, '$1'),
    )
    .join('\n');
}

/** Every file under the project copy and a hash of its bytes: equal before and after, nothing was written. */
export function filesOf(p: Project): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(p.root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(p.root);
  return out;
}

export interface Reply {
  status: number;
  json: { error?: string; problems?: ReportedProblem[] } & Record<string, unknown>;
}

/** The problems of a reply as the CLI prints them: `file:line: message` (or the message alone). */
export function said(problems: readonly ReportedProblem[] | undefined): string[] | undefined {
  return problems?.map((p) =>
    p.file === undefined
      ? p.message
      : p.line === undefined
        ? `${p.file}: ${p.message}`
        : `${p.file}:${p.line}: ${p.message}`,
  );
}

/** One request with exactly these headers (Node's fetch would set Host and refuse some). */
export function call(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Reply['json'];
        try {
          json = JSON.parse(text) as Reply['json'];
        } catch {
          json = { error: text };
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    // The server may answer (413) and close before the whole body is sent.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** The headers the review page sends: its own origin and the token it was given. */
export function pageHeaders(url: string, token: string, type = 'application/json'): Record<string, string> {
  return {
    origin: new URL(url).origin,
    'sec-fetch-site': 'same-origin',
    'x-review-token': token,
    'content-type': type,
  };
}
