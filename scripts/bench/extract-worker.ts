// Child process of the extraction benchmark: decode + normalise + extract one corpus file, once, and
// print one JSON line with the time and the process's peak memory. One run per process, so each max RSS
// belongs to one size alone. A warm-up on the first 1 MB lets the JIT settle first, so the figure is
// throughput, not start-up.
//
//   node --import tsx scripts/bench/extract-worker.ts EXTRACTOR_MODULE CORPUS_FILE
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { decodeDocument } from '../../src/domain/text/decode';
import { normalizeText } from '../../src/domain/text/normalize';

type Extract = (text: string) => readonly unknown[];

export interface WorkerResult {
  bytes: number;
  ms: number;
  mentions: number;
  maxRssKB: number;
  heapUsedMB: number;
}

function pipeline(extract: Extract, bytes: Uint8Array): number {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) throw new Error(`decode: ${decoded.error}`);
  return extract(normalizeText(decoded.value)).length;
}

async function main(): Promise<void> {
  const [modulePath, file] = process.argv.slice(2);
  if (!modulePath || !file) throw new Error('usage: extract-worker.ts EXTRACTOR_MODULE CORPUS_FILE');
  const mod = (await import(pathToFileURL(resolve(modulePath)).href)) as { extractMentions?: Extract };
  const extract = mod.extractMentions;
  if (typeof extract !== 'function') throw new Error(`${modulePath} does not export extractMentions`);
  const bytes = new Uint8Array(readFileSync(file));

  // Warm-up on a 1 MB prefix until the JIT has settled (≥ 1.5 s or 10 passes), so every size measures
  // steady-state throughput and the 100 MB / 10 MB ratio reflects the algorithm, not start-up.
  let warm = Math.min(bytes.length, 1_000_000);
  while (warm < bytes.length && bytes[warm] !== 0x0a) warm++;
  const warmStart = performance.now();
  for (let i = 0; i < 10 && performance.now() - warmStart < 1500; i++)
    pipeline(extract, bytes.subarray(0, warm));

  const t0 = performance.now();
  const mentions = pipeline(extract, bytes);
  const ms = performance.now() - t0;
  const result: WorkerResult = {
    bytes: bytes.length,
    ms,
    mentions,
    maxRssKB: process.resourceUsage().maxRSS,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
