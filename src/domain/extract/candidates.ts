// The --candidates report: every figure not yet in the catalogue, with its sentence, so that a person
// adding a new document can curate it quickly.
import type { Mention } from '../types';
import { sentenceAround } from './sentence';

export type IsCatalogued = (mention: Mention) => boolean;
/** A line proposing what to write for the figure `mentions[index]` (src/domain/draft), or null. */
export type Proposal = (index: number) => string | null;

function describe(m: Mention): string {
  const value = m.value === null ? '—' : String(m.value);
  const unit = m.unit ?? '(no unit)';
  const qualifier = m.qualifier === '=' ? '' : ` ${m.qualifier}`;
  const period = m.period === undefined ? '' : `  period ${m.period}`;
  return `${value} ${unit}${qualifier}${period}`;
}

/** One block per uncatalogued figure: offset, text, reading, and the sentence with the figure marked 【】. */
export function formatCandidates(
  text: string,
  mentions: readonly Mention[],
  isCatalogued: IsCatalogued = () => false,
  propose: Proposal = () => null,
): string {
  const blocks: string[] = [];
  for (const [index, m] of mentions.entries()) {
    if (m.class !== 'figure' || isCatalogued(m)) continue;
    const s = sentenceAround(text, m.offset);
    const from = m.offset - s.start;
    const to = Math.min(s.text.length, from + m.text.length);
    const marked =
      from >= 0 ? `${s.text.slice(0, from)}【${s.text.slice(from, to)}】${s.text.slice(to)}` : s.text;
    const proposal = propose(index);
    blocks.push(
      `@${m.offset}  ${m.text}  →  ${describe(m)}\n    ${marked}` +
        (proposal === null ? '' : `\n    proposed: ${proposal}`),
    );
  }
  const header = `${blocks.length} figure${blocks.length === 1 ? '' : 's'} not in the catalogue`;
  return blocks.length === 0 ? `${header}\n` : `${header}\n\n${blocks.join('\n\n')}\n`;
}
