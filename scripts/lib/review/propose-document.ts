// The documents.csv row proposed for a dropped document: what its text says about itself (title, issuer,
// date: src/domain/text/document-meta), a kind guessed from the title's last word, the region most documents
// of the catalogue have, and an id the curator may keep. Each cell is the curator's to correct.
import { createHash } from 'node:crypto';
import type { WholeDataset } from '../../../src/domain/dataset-schema';
import { readDocumentMeta } from '../../../src/domain/text/document-meta';
import { normalizeText } from '../../../src/domain/text/normalize';

const KINDS: [RegExp, string][] = [
  [/(?:复函|答复|函)$/, 'reply'],
  [/(?:规划|方案|计划|纲要|要点)$/, 'plan'],
  [/解读$/, 'interpretation'],
];

export function proposeDocumentRow(
  text: string,
  bytes: Uint8Array,
  dataset: WholeDataset | null,
): Record<string, string> {
  const meta = readDocumentMeta(normalizeText(text));
  // Without a "…关于…的通知" title, the first line, when it is short enough to be one.
  const first =
    normalizeText(text)
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const title = meta.title ?? (first.length <= 80 ? first : '');
  const published = meta.published ?? meta.written ?? '';
  const regions = new Map<string, number>();
  for (const d of dataset?.documents ?? []) regions.set(d.region, (regions.get(d.region) ?? 0) + 1);
  const region = [...regions].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 6);
  return {
    id: `doc-${published.slice(0, 4) || 'new'}-${hash}`,
    title,
    issuer: meta.issuer ?? meta.publisher ?? '',
    published,
    region,
    kind: KINDS.find(([re]) => re.test(title))?.[1] ?? 'notice',
    note: meta.number ? `文号 ${meta.number}` : '',
  };
}
