// The broken-input corpus (tests/fixtures/broken): a good base catalogue and document, and one small
// overlay directory per case that replaces or removes some of its files. Big and random inputs are
// generated here into the temp directory, never committed.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CORPUS = 'tests/fixtures/broken';

export interface BrokenCase {
  name: string;
  /** What is wrong with the input, in words. */
  broken: string;
  /** 0: it must build (and give the same figures as the base); 1: it must be refused. */
  exit: 0 | 1;
  /** For exit 1: a problem line that starts `file:line: message`… */
  expect?: string;
  /** …and that same line says how to fix it. */
  hint?: string;
  /** How many problems the build reports (default 1: one mistake, one message). */
  problems?: number;
  /** Files of the base to delete. */
  remove?: string[];
  /** A generated input (see GENERATORS). */
  generate?: keyof typeof GENERATORS;
  /** Also run through the real CLI. */
  cli?: boolean;
}

export const MB = 1024 * 1024;

export const GENERATORS = {
  /** A 50 MB "document": the base text repeated, as a PDF dump pasted into a .txt would be. */
  'document-50mb': (dir: string) => {
    const unit = Buffer.from(readFileSync(join(dir, 'seeds', 'a.txt')));
    const big = Buffer.alloc(50 * MB);
    for (let at = 0; at < big.length; at += unit.length) unit.copy(big, at);
    writeFileSync(join(dir, 'seeds', 'a.txt'), big);
  },
  /** 64 KB of random bytes (a fixed seed, so every run sees the same file). */
  'document-random-bytes': (dir: string) => {
    const bytes = Buffer.alloc(64 * 1024);
    let s = 0x2545f491;
    for (let i = 0; i < bytes.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      bytes[i] = s & 0xff;
    }
    writeFileSync(join(dir, 'seeds', 'a.txt'), bytes);
  },
} as const;

export function loadCases(): BrokenCase[] {
  return JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as BrokenCase[];
}

/** A temp directory holding data/ and seeds/: the base with the case laid over it. */
export function materialize(c: BrokenCase): string {
  const dir = mkdtempSync(join(tmpdir(), `broken-${c.name}-`));
  cpSync(join(CORPUS, 'base'), dir, { recursive: true });
  const overlay = join(CORPUS, c.name);
  if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  for (const rel of c.remove ?? []) rmSync(join(dir, rel));
  if (c.generate) GENERATORS[c.generate](dir);
  return dir;
}
