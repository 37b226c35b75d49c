// Child process of the drafting benchmark: extract and draft every figure (src/domain/draft, what
// `npm run draft -- FILE --json` does) of a synthetic corpus cut into documents of DOC_CHARS characters, against
// the real catalogue's indicators and regions, once, and print one JSON line with the time. A warm-up on the
// first 1 MB lets the JIT settle first, so the figure is throughput, not start-up.
//
//   node --import tsx scripts/bench/draft-worker.ts CORPUS_FILE DOC_CHARS
import { readFileSync } from 'node:fs';
import { buildDataset } from '../../src/domain/catalogue/build-dataset';
import { draftDocument, draftProposals } from '../../src/domain/draft/draft-proposals';
import { normalizeText } from '../../src/domain/text/normalize';
import { readBuildInput } from '../lib/build-input';

export interface DraftWorkerResult {
  bytes: number;
  documents: number;
  ms: number;
  drafts: number;
}

/** The text cut at paragraph ends into pieces of about `size` characters. */
function documents(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + size);
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

async function main(): Promise<void> {
  const [file, chars] = process.argv.slice(2);
  if (!file || !chars) throw new Error('usage: draft-worker.ts CORPUS_FILE DOC_CHARS');
  const built = buildDataset(await readBuildInput());
  if (!built.ok) throw new Error('the catalogue has problems');
  const { indicators, regions } = built.value.dataset;
  const bytes = readFileSync(file);
  const docs = documents(normalizeText(bytes.toString('utf8')), Number(chars));
  const run = (texts: string[]) => {
    let n = 0;
    for (const [i, text] of texts.entries()) {
      const doc = { id: `bench-${i}`, text, published: '2025-08-01', region: 'chongqing' };
      n += draftProposals(draftDocument(doc, indicators, regions).rows, {
        dated: true,
        regionGuessed: false,
      }).length;
    }
    return n;
  };
  const warm: string[] = [];
  for (let size = 0; size < 1_000_000 && warm.length < docs.length;) {
    const d = docs[warm.length]!;
    warm.push(d);
    size += d.length * 3;
  }
  const warmStart = performance.now();
  for (let i = 0; i < 5 && performance.now() - warmStart < 1500; i++) run(warm);
  const t0 = performance.now();
  const drafts = run(docs);
  const ms = performance.now() - t0;
  const result: DraftWorkerResult = { bytes: bytes.length, documents: docs.length, ms, drafts };
  process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
