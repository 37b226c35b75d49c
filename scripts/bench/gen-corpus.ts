// Synthetic extraction corpora of N MB, generated from the seed documents: paragraphs are drawn at random
// from all seeds and recombined, and every number is varied, all from a seed, so the same options always
// give the same bytes. Used by `npm run bench`; the files go under .bench/ (gitignored), never committed.
//
//   tsx scripts/bench/gen-corpus.ts --mb 10 [--seed 1] [--out FILE]
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusOptions {
  /** Target size in UTF-8 bytes; the output is at most this and at most 3 bytes shorter. */
  bytes: number;
  seed: number;
  /** The texts to draw paragraphs from (the seed documents). */
  sources: readonly string[];
}

import { rng } from '../lib/rng';

export { rng };

export function paragraphsOf(sources: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of sources)
    for (const line of s.replace(/^\ufeff/, '').split(/\r?\n/)) if (line.trim() !== '') out.push(line);
  return out;
}

const ASCII_ZERO = 0x30;
const FULL_ZERO = 0xff10;
const DIGIT_RUN = /[0-9]+|[０-９]+/g;

/**
 * Vary the digits of one run, keeping its length and width (so the byte size is unchanged) and its
 * shape: a leading year (19xx/20xx) stays a plausible year, a leading non-zero digit stays non-zero.
 */
function varyRun(run: string, rand: () => number): string {
  const zero = run.charCodeAt(0) >= FULL_ZERO ? FULL_ZERO : ASCII_ZERO;
  const digits = Array.from(run, (c) => c.charCodeAt(0) - zero);
  let from = 0;
  if (digits.length >= 4 && (digits[0] === 2 || digits[0] === 1) && (digits[1] === 0 || digits[1] === 9)) {
    const year = 2015 + Math.floor(rand() * 16);
    digits.splice(0, 4, 2, 0, Math.floor(year / 10) % 10, year % 10);
    from = 4;
  }
  for (let i = from; i < digits.length; i++) {
    const keepNonZero = i === 0 && digits[0] !== 0 && digits.length > 1;
    digits[i] = keepNonZero ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10);
  }
  return String.fromCharCode(...digits.map((d) => d + zero));
}

export function varyNumbers(text: string, rand: () => number): string {
  return text.replace(DIGIT_RUN, (run) => varyRun(run, rand));
}

/** The longest prefix of s whose UTF-8 encoding fits in maxBytes (never splits a code point). */
export function utf8Prefix(s: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > maxBytes) break;
    bytes += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

/** The corpus as a sequence of chunks (one paragraph plus its line end each), so 100 MB streams to disk. */
export function* corpusChunks({ bytes, seed, sources }: CorpusOptions): Generator<string> {
  const pool = paragraphsOf(sources);
  if (pool.length === 0) throw new Error('no paragraphs in the sources');
  const rand = rng(seed);
  let written = 0;
  let inDocument = 0;
  while (written < bytes) {
    // Documents of 40–240 paragraphs separated by a blank line, like a folder of notices.
    let chunk: string;
    if (inDocument <= 0) {
      inDocument = 40 + Math.floor(rand() * 200);
      chunk = written === 0 ? '' : '\n';
    } else {
      inDocument--;
      chunk = varyNumbers(pool[Math.floor(rand() * pool.length)]!, rand) + '\n';
    }
    const size = Buffer.byteLength(chunk, 'utf8');
    if (written + size > bytes) {
      const tail = utf8Prefix(chunk, bytes - written);
      if (tail !== '') yield tail;
      return;
    }
    if (chunk !== '') yield chunk;
    written += size;
  }
}

export function generateCorpus(opts: CorpusOptions): string {
  return Array.from(corpusChunks(opts)).join('');
}

export function readSeeds(dir = 'seeds'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const GENERATOR_VERSION = 1;

/**
 * Path of the corpus for (mb, seed) under .bench/corpus, generated on first use. The name carries a hash
 * of the seed texts and the generator version, so a changed seed document gives a new file.
 */
export function ensureCorpus(mb: number, seed: number, dir = '.bench/corpus'): string {
  const sources = readSeeds();
  const hash = createHash('sha256')
    .update(`v${GENERATOR_VERSION}\n`)
    .update(sources.join('\u0000'))
    .digest('hex')
    .slice(0, 10);
  const path = join(dir, `corpus-${mb}MB-seed${seed}-${hash}.txt`);
  if (existsSync(path)) return path;
  writeCorpus(path, { bytes: Math.round(mb * 1e6), seed, sources });
  return path;
}

export function writeCorpus(path: string, opts: CorpusOptions): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    let buf: string[] = [];
    let pending = 0;
    for (const chunk of corpusChunks(opts)) {
      buf.push(chunk);
      pending += chunk.length;
      if (pending > 1 << 20) {
        writeSync(fd, buf.join(''));
        buf = [];
        pending = 0;
      }
    }
    if (buf.length > 0) writeSync(fd, buf.join(''));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const mb = Number(arg('mb') ?? '1');
  const seed = Number(arg('seed') ?? '1');
  if (!(mb > 0) || !Number.isInteger(seed)) {
    console.error('usage: tsx scripts/bench/gen-corpus.ts --mb N [--seed S] [--out FILE]');
    process.exit(2);
  }
  const out = arg('out');
  if (out) writeCorpus(out, { bytes: Math.round(mb * 1e6), seed, sources: readSeeds() });
  console.log(out ?? ensureCorpus(mb, seed));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
