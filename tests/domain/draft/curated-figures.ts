// The five seeds' curated observations, each with the extracted figure it proves: what the draft proposals
// are measured against (tests/domain/draft).
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import type { Indicator, WholeDataset } from '../../../src/domain/dataset-schema';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import type { Mention } from '../../../src/domain/types';
import { readBuildInput } from '../../../scripts/lib/build-input';

export interface CuratedFigure {
  doc: WholeDataset['documents'][number];
  mentions: Mention[];
  /** The figure's index in `mentions`. */
  index: number;
  indicator: Indicator;
  observation: Indicator['observations'][number];
}

/** Every curated observation whose quote holds an extracted figure of its value. */
export async function curatedFigures(): Promise<CuratedFigure[]> {
  const built = buildDataset(await readBuildInput('data', 'seeds'));
  if (!built.ok) throw new Error(built.error.map(formatProblem).join('\n'));
  const { dataset } = built.value;
  const out: CuratedFigure[] = [];
  for (const doc of dataset.documents) {
    const mentions = extractMentions(doc.text);
    for (const indicator of dataset.indicators)
      for (const observation of indicator.observations) {
        const { document, offset, quote } = observation.source;
        if (document !== doc.id) continue;
        const index = mentions.findIndex(
          (m) =>
            m.class === 'figure' &&
            m.offset >= offset &&
            m.offset < offset + quote.length &&
            m.value !== null &&
            Math.abs(m.value - observation.value) < 1e-9,
        );
        if (index >= 0) out.push({ doc, mentions, index, indicator, observation });
      }
  }
  return out;
}
