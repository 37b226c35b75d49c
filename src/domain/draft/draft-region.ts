// The region a figure's sentence names (issue 18): a plan of 重庆市 that says 高新区科技型企业贷款余额… speaks of
// the 高新区, not of the city. Pure: the catalogue's regions in, the names each may be written by out, and the
// region named nearest before a figure in its sentence.
import type { Region } from '../dataset-schema';
import { sentenceAround } from '../extract/sentence';

export type RegionRef = Pick<Region, 'id' | 'name' | 'parent'>;

const CLAUSE_ENDS = '，,；;：:';

/** A name shorter than this is no region name on its own (重庆 of 重庆市 is, 市 is not). */
const MIN_NAME = 2;

/**
 * The ways a text names each region, longest first: its Chinese name, the name without what is in brackets
 * and what is in them (重庆高新区（西部（重庆）科学城） → 重庆高新区, 西部（重庆）科学城), each without its parent's
 * name in front (高新区), and without a trailing 市 or 省 (重庆市 → 重庆).
 */
export function regionNames(regions: readonly RegionRef[]): { name: string; id: string }[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const stem = (s: string) => s.replace(/[市省]$/, '');
  const out = new Map<string, string>();
  for (const r of regions) {
    const full = r.name.zh.trim();
    const open = full.indexOf('（');
    const forms = new Set([full]);
    if (open > 0 && full.endsWith('）')) {
      forms.add(full.slice(0, open));
      forms.add(full.slice(open + 1, -1));
    }
    const parent = r.parent ? byId.get(r.parent) : undefined;
    for (const f of [...forms]) {
      forms.add(stem(f));
      if (parent) {
        const p = stem(parent.name.zh.trim());
        if (f.startsWith(p)) forms.add(f.slice(p.length));
      }
    }
    // A name two regions share names neither.
    for (const f of forms)
      if (f.length >= MIN_NAME) out.set(f, out.has(f) && out.get(f) !== r.id ? '' : r.id);
  }
  return [...out]
    .filter(([, id]) => id !== '')
    .map(([name, id]) => ({ name, id }))
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * The region named nearest before `offset` in its clause (the longer name where two end together), with the
 * name as written; null when the sentence names none.
 */
export function regionNamed(
  text: string,
  offset: number,
  names: readonly { name: string; id: string }[],
): { id: string; cue: string } | null {
  const { start } = sentenceAround(text, offset);
  // Only the figure's own clause: a long sentence that lists regions first (在两江新区、国家高新区等…区域，
  // …，2017年已向试点区域内的89家企业…) speaks of them all.
  const sentence = text.slice(start, offset);
  const before = sentence.slice(Math.max(...[...CLAUSE_ENDS].map((c) => sentence.lastIndexOf(c))) + 1);
  let best: { end: number; id: string; cue: string } | null = null;
  for (const { name, id } of names) {
    const at = before.lastIndexOf(name);
    if (at < 0) continue;
    const end = at + name.length;
    if (!best || end > best.end || (end === best.end && name.length > best.cue.length))
      best = { end, id, cue: name };
  }
  return best ? { id: best.id, cue: best.cue } : null;
}
