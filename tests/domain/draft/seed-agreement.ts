// The five seeds drafted with the reviewed catalogue hidden (issue 18), field by field against what the
// curators wrote: what tests/domain/draft/draft-agreement.test.ts asserts and the README reports.
//
// The documents are drafted one after another in the order they were published, each against the indicators
// drafted from the ones before (as `npm run draft -- FILE --write` would grow data/drafts/), so a later
// document's figure may continue a series an earlier one began. Nothing of the catalogue is shown to the
// drafter but the regions and one nameless indicator of no region, which it never continues: the shape
// (topic, measure, direction) the first new indicator borrows, none of which is measured here.
import { readBuildInput } from '../../../scripts/lib/build-input';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import type { Dataset, Indicator } from '../../../src/domain/dataset-schema';
import { draftDocument } from '../../../src/domain/draft/draft-proposals';
import type { CsvRow, DraftFigure } from '../../../src/domain/draft/draft-rows';
import { likeness } from '../../../src/domain/draft/draft-rows';
import { periodEndIso } from '../../../src/domain/period';
import type { Unit } from '../../../src/domain/types';
import { curatedFigures, type CuratedFigure } from './curated-figures';

type Known = Pick<Indicator, 'id' | 'name' | 'region' | 'topic' | 'unit' | 'measure' | 'direction'>;

const SHAPE: Known = {
  id: 'shape',
  name: { zh: '', en: '' },
  region: '',
  topic: 'credit',
  unit: '亿元',
  measure: 'stock',
  direction: 'increase',
};

export interface Agreement {
  agree: number;
  /** Of all the curated observations. */
  of: number;
  /** The curated figures it missed, each as "quote: drafted; curated". */
  misses: string[];
}

export interface PairScore {
  /** Pairs of curated figures the drafter put in one indicator, and of those, the pairs the curators did. */
  drafted: number;
  curated: number;
  both: number;
}

export type Field = 'drafted' | 'value' | 'unit' | 'role' | 'period' | 'basis' | 'subject' | 'region';

export interface SeedAgreement {
  fields: Record<Field, Agreement>;
  /** Pairs of curated figures in one document, across two documents, and all pairs. */
  pairs: Record<'within' | 'across' | 'all', PairScore>;
  /** Curated figures whose curated indicator and drafted indicator disagree with another's, for reading. */
  pairMisses: string[];
  indicators: { curated: number; drafted: number };
}

interface Drafted {
  figure: DraftFigure;
  row: CsvRow;
}

const toKnown = (r: CsvRow): Known => ({
  id: r.id!,
  name: { zh: r.name_zh!, en: r.name_en! },
  region: r.region!,
  topic: r.topic!,
  unit: r.unit as Unit,
  measure: r.measure as Known['measure'],
  direction: r.direction as Known['direction'],
});

/** Every figure of every seed drafted with the catalogue hidden, by document id and offset. */
function draftSeeds(documents: Dataset['documents'], regions: Dataset['regions']): Map<string, Drafted> {
  const known: Known[] = [SHAPE];
  const out = new Map<string, Drafted>();
  const byDate = [...documents].sort((a, b) => a.published.localeCompare(b.published));
  for (const doc of byDate) {
    const { rows } = draftDocument(
      { id: doc.id, text: doc.text ?? '', published: doc.published, region: doc.region },
      known,
      regions,
    );
    rows.figures.forEach((figure, i) =>
      out.set(`${doc.id}@${figure.mention.offset}`, { figure, row: rows.observations[i]! }),
    );
    known.push(...rows.indicators.map(toKnown));
  }
  return out;
}

/** The unit a curator's figure is written in: its indicator's for a level, % for a rate. */
const curatedUnit = ({ indicator, observation }: CuratedFigure) =>
  observation.basis === 'level' ? indicator.unit : '%';

const isLike = (subject: string, name: string) =>
  name.includes(subject) || subject.includes(name) || likeness(subject, name) >= 0.5;

/** The five seeds drafted with the catalogue hidden, against the curators' rows. */
export async function seedAgreement(): Promise<SeedAgreement> {
  const figures = await curatedFigures();
  const built = buildDataset(await readBuildInput('data', 'seeds'));
  if (!built.ok) throw new Error('the catalogue does not build');
  const { documents, regions, indicators } = built.value.dataset;
  const drafted = draftSeeds(documents, regions);
  // Every curated observation counts: one whose quote holds no extracted figure of its value (none today) is
  // a miss of every field.
  const observations = indicators.reduce((n, i) => n + i.observations.length, 0);
  const fields = Object.fromEntries(
    (['drafted', 'value', 'unit', 'role', 'period', 'basis', 'subject', 'region'] as const).map((k) => [
      k,
      { agree: 0, of: observations, misses: [] as string[] },
    ]),
  ) as Record<Field, Agreement>;
  const draftedIds: (string | null)[] = [];
  for (const f of figures) {
    const m = f.mentions[f.index]!;
    const d = drafted.get(`${f.doc.id}@${m.offset}`);
    const o = f.observation;
    const quote = o.source.quote.replace(/\s+/g, ' ');
    draftedIds.push(d?.figure.indicator ?? null);
    const checks: Record<Field, [boolean, string, string]> = {
      drafted: [d !== undefined, 'no row', 'a row'],
      value: [d !== undefined && Number(d.row.value) === o.value, d?.row.value ?? '-', String(o.value)],
      unit: [d !== undefined && m.unit === curatedUnit(f), String(m.unit), curatedUnit(f)],
      role: [d?.row.role === o.role, d?.row.role ?? '-', o.role],
      period: [
        d?.row.period !== undefined && periodEndIso(d.row.period) === periodEndIso(o.period),
        d?.row.period ?? '-',
        o.period,
      ],
      basis: [d?.row.basis === o.basis, d?.row.basis ?? '-', o.basis],
      subject: [
        d !== undefined && isLike(d.figure.subject, f.indicator.name.zh),
        d?.figure.subject ?? '-',
        f.indicator.name.zh,
      ],
      region: [d?.figure.region === f.indicator.region, d?.figure.region ?? '-', f.indicator.region],
    };
    for (const [k, [ok, got, want]] of Object.entries(checks) as [Field, [boolean, string, string]][]) {
      if (ok) fields[k].agree++;
      else fields[k].misses.push(`${quote}: ${got}; curated ${want}`);
    }
  }
  const pairs = {
    within: { drafted: 0, curated: 0, both: 0 },
    across: { drafted: 0, curated: 0, both: 0 },
    all: { drafted: 0, curated: 0, both: 0 },
  };
  const wrong = new Set<number>();
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      const sameCurated = a.indicator.id === b.indicator.id;
      // A figure without a row is in no drafted indicator: it shares one with nobody.
      const sameDrafted = draftedIds[i] !== null && draftedIds[i] === draftedIds[j];
      if (!sameCurated && !sameDrafted) continue;
      if (sameCurated !== sameDrafted) wrong.add(i).add(j);
      for (const s of [a.doc.id === b.doc.id ? pairs.within : pairs.across, pairs.all]) {
        if (sameCurated) s.curated++;
        if (sameDrafted) s.drafted++;
        if (sameCurated && sameDrafted) s.both++;
      }
    }
  const pairMisses = [...wrong]
    .sort((x, y) => x - y)
    .map((i) => {
      const f = figures[i]!;
      return `${f.doc.id}: ${f.observation.source.quote.replace(/\s+/g, ' ')}【${f.mentions[f.index]!.text}】 → ${draftedIds[i] ?? 'no row'} (${drafted.get(`${f.doc.id}@${f.mentions[f.index]!.offset}`)?.figure.subject ?? '-'}); curated ${f.indicator.id}`;
    });
  return {
    fields,
    pairs,
    pairMisses,
    indicators: {
      curated: new Set(figures.map((f) => f.indicator.id)).size,
      drafted: new Set(draftedIds.filter((id) => id !== null)).size,
    },
  };
}
