// A synthetic corpus grown from the five seeds (issue 20: 2,000 documents, 50,000 indicators, 500 regions):
// documents, curated CSVs and all, that the real build reads, so the build and the page can be measured at
// a size the product will reach. Generated, never committed: the same options give the same bytes.
//
// Each synthetic document takes one seed with figures as its parent: the parent's sentences without any
// figure, in order, with `indicatorsPerDocument` figure sentences spread among them. A figure sentence is
// the quote of one of the parent's curated observations, its number changed and a place name (a district
// of the document's region, no digits) put in front, so every quote is unique in its document. Values,
// units and qualifiers come from the extractor itself, run on the finished text: what the build will check.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { WholeDataset } from '../../src/domain/dataset-schema';
import { CSV_COLUMNS } from '../../src/domain/catalogue/rows';
import { extractMentions } from '../../src/domain/extract/extract-mentions';
import { normalizeText } from '../../src/domain/text/normalize';
import type { Mention } from '../../src/domain/types';
import { rng } from './rng';

export interface CorpusOptions {
  documents: number;
  indicatorsPerDocument: number;
  regions: number;
  seed: number;
}

type Table = keyof typeof CSV_COLUMNS;
type Rows = Record<Table, Record<string, string>[]>;

export interface Corpus {
  tables: Rows;
  /** File name in seeds/ → text. */
  seeds: Map<string, string>;
}

type Observation = WholeDataset['indicators'][number]['observations'][number];
type TemplateIndicator = Omit<WholeDataset['indicators'][number], 'observations'>;

/** One curated quote of a seed: the observations it proves and where their figures sit in it. */
interface QuoteTemplate {
  quote: string;
  uses: { observation: Observation; at: number; text: string }[];
}

interface Template {
  indicator: TemplateIndicator;
  quotes: QuoteTemplate[];
}

/** A figure sentence as placed in a document: where each of its template's mentions now starts. */
interface Placed {
  q: QuoteTemplate;
  quote: string;
  at: (templateOffset: number) => number;
}

interface Parent {
  doc: WholeDataset['documents'][number];
  templates: Template[];
  /** Sentences of the parent with no figure in them, in order. */
  filler: string[];
}

// Place names without digits or numerals, so the extractor finds nothing in them.
const FIRST = '东南西北前后左右上下';
const SECOND = '江河湖海山林园港桥城';
const place = (j: number) => `${FIRST[j % 10]}${SECOND[Math.floor(j / 10) % 10]}片区`;

const NUMBER = /\d+(?:\.\d+)?/;

/** The parents: the seeds with curated figures, their figure quotes and their figure-free sentences. */
function parentsOf(whole: WholeDataset): Parent[] {
  const figures = new Map<string, Mention[]>();
  for (const m of whole.mentions) {
    if (m.class !== 'figure') continue;
    const list = figures.get(m.document) ?? [];
    list.push(m as unknown as Mention);
    figures.set(m.document, list);
  }
  return whole.documents
    .map((doc) => {
      const mentions = figures.get(doc.id) ?? [];
      const templates = new Map<string, Template>();
      for (const ind of whole.indicators) {
        for (const o of ind.observations) {
          if (o.source.document !== doc.id) continue;
          const start = o.source.offset;
          const end = start + o.source.quote.length;
          const inside = mentions.filter((m) => m.offset >= start && m.offset + m.text.length <= end);
          const used = inside.find((m) => m.value !== null && Math.abs(m.value - o.value) < 1e-9);
          // Only quotes whose every figure is this indicator's, with the number written in digits.
          if (!used || !NUMBER.test(used.text)) continue;
          const t = templates.get(ind.id) ?? { indicator: withoutObservations(ind), quotes: [] };
          let q = t.quotes.find((x) => x.quote === o.source.quote);
          if (!q) t.quotes.push((q = { quote: o.source.quote, uses: [] }));
          q.uses.push({ observation: o, at: used.offset - start, text: used.text });
          templates.set(ind.id, t);
        }
      }
      const clean = [...templates.values()].filter((t) =>
        t.quotes.every((q) => {
          const start = q.uses[0]!.observation.source.offset;
          const inside = mentions.filter(
            (m) => m.offset >= start && m.offset + m.text.length <= start + q.quote.length,
          );
          return inside.length === new Set(q.uses.map((u) => u.at)).size;
        }),
      );
      return { doc, templates: clean, filler: fillerOf(doc.text, mentions) };
    })
    .filter((p) => p.templates.length > 0);
}

function withoutObservations(ind: WholeDataset['indicators'][number]): TemplateIndicator {
  const { observations: _o, ...rest } = ind;
  return rest;
}

function fillerOf(text: string, figures: readonly Mention[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (const sentence of text.split(/(?<=[。；！？\n])/)) {
    const end = start + sentence.length;
    if (sentence.trim() && !figures.some((m) => m.offset >= start && m.offset < end)) out.push(sentence);
    start = end;
  }
  return out;
}

/** `literal` scaled by a factor in [0.6, 1.4), written with as many decimals, never equal to it or zero. */
function scaled(literal: string, random: () => number): string {
  const decimals = literal.split('.')[1]?.length ?? 0;
  const old = Number(literal);
  let next = (old * (0.6 + 0.8 * random())).toFixed(decimals);
  if (Number(next) === old || Number(next) === 0) next = (old + 10 ** -decimals).toFixed(decimals);
  return next;
}

/**
 * A figure sentence: the quote with each used number changed and a place in front; `offsetOf` says where a
 * used mention of the template starts in the new sentence.
 */
function instance(q: QuoteTemplate, where: string, random: () => number) {
  const starts = [...new Set(q.uses.map((u) => u.at))].sort((x, y) => x - y);
  const moved = new Map<number, number>();
  let out = '';
  let from = 0;
  for (const at of starts) {
    const text = q.uses.find((u) => u.at === at)!.text;
    const n = NUMBER.exec(text)!;
    out += q.quote.slice(from, at);
    moved.set(at, where.length + out.length);
    out += text.slice(0, n.index) + scaled(n[0], random);
    from = at + n.index + n[0].length;
  }
  out += q.quote.slice(from);
  return { sentence: `${where}${out}`, offsetOf: (at: number) => moved.get(at)! };
}

/** The shortest span around [at, at + length) found only once in `text` (a quote the build finds once). */
function uniqueAround(text: string, at: number, length: number): string {
  for (let pad = 4; ; pad += 4) {
    const start = Math.max(0, at - pad);
    const quote = text.slice(start, Math.min(text.length, at + length + pad));
    if (text.indexOf(quote) === text.lastIndexOf(quote) || quote.length === text.length) return quote;
  }
}

/** The corpus as rows and texts (writeCorpus puts it on disk). */
export function makeSyntheticCorpus(whole: WholeDataset, options: CorpusOptions): Corpus {
  const random = rng(options.seed);
  const parents = parentsOf(whole);
  if (parents.length === 0) throw new Error('synthetic corpus: no seed has a figure to grow from');
  const rows: Rows = {
    documents: [],
    regions: whole.regions.map((r) => ({
      id: r.id,
      name_zh: r.name.zh,
      name_en: r.name.en,
      parent: r.parent ?? '',
    })),
    topics: whole.topics.map((t) => ({ id: t.id, name_zh: t.name.zh, name_en: t.name.en })),
    indicators: [],
    observations: [],
    ignored: [],
  };
  const roots = whole.regions.map((r) => r.id);
  for (let r = 0; r < options.regions; r++)
    rows.regions.push({
      id: `syn-r${r}`,
      name_zh: `合成地区${r}`,
      name_en: `Synthetic region ${r}`,
      parent: roots[r % roots.length]!,
    });
  const seeds = new Map<string, string>();
  for (let d = 0; d < options.documents; d++) {
    const parent = parents[d % parents.length]!;
    const id = `syn-${d}`;
    const region = `syn-r${d % options.regions}`;
    const pieces: string[] = [];
    let length = 0;
    const push = (s: string) => {
      pieces.push(s);
      length += s.length;
    };
    push(`${parent.doc.title}（合成文件）\n`);
    const every = Math.max(1, Math.floor(parent.filler.length / options.indicatorsPerDocument));
    const placed: { slot: number; template: Template; sentences: Placed[] }[] = [];
    let f = 0;
    for (let j = 0; j < options.indicatorsPerDocument; j++) {
      for (let k = 0; k < every && f < parent.filler.length; k++) push(parent.filler[f++]!);
      const template = parent.templates[(d + j) % parent.templates.length]!;
      const sentences = template.quotes.map((q) => {
        const made = instance(q, place(j), random);
        const start = length;
        push(`${made.sentence}。\n`);
        return { q, at: (a: number) => start + made.offsetOf(a), quote: made.sentence };
      });
      placed.push({ slot: j, template, sentences });
    }
    while (f < parent.filler.length) push(parent.filler[f++]!);
    const text = pieces.join('');
    if (normalizeText(text) !== text) throw new Error(`synthetic corpus: ${id} is not normalised text`);
    const mentions = extractMentions(text);
    const byOffset = new Map(mentions.map((m) => [m.offset, m]));

    const file = `seeds/${id}.txt`;
    seeds.set(`${id}.txt`, text);
    rows.documents.push({
      id,
      file,
      title: `${parent.doc.title}（合成 ${d}）`,
      issuer: parent.doc.issuer,
      published: parent.doc.published,
      region,
      kind: parent.doc.kind,
      note: `synthetic, grown from ${parent.doc.id}`,
    });
    const used = new Set<number>();
    for (const { slot, template, sentences } of placed) {
      const ind = template.indicator;
      const indicatorId = `${id}-${slot}`;
      rows.indicators.push({
        id: indicatorId,
        name_zh: `${place(slot)}${ind.name.zh}`,
        name_en: `${ind.name.en} (${d}.${slot})`,
        region,
        topic: ind.topic,
        unit: ind.unit,
        measure: ind.measure,
        direction: ind.direction,
        note: '',
      });
      for (const s of sentences) {
        const quote = s.quote;
        for (const u of s.q.uses) {
          const m = byOffset.get(s.at(u.at));
          if (!m || m.class !== 'figure' || m.value === null)
            throw new Error(`synthetic corpus: ${id}: no figure at "${quote}"`);
          used.add(m.offset);
          const o = u.observation;
          rows.observations.push({
            indicator: indicatorId,
            role: o.role,
            period: o.period,
            value: String(m.value),
            qualifier: o.qualifier,
            basis: o.basis,
            since: o.since ?? '',
            document: id,
            quote,
            note: '',
          });
        }
      }
    }
    // A number of the parent's that reads as a figure in its new surroundings (a list marker, most often)
    // is ignored with a reason, as a curator would.
    for (const m of mentions) {
      if (m.class !== 'figure' || used.has(m.offset)) continue;
      rows.ignored.push({
        document: id,
        quote: uniqueAround(text, m.offset, m.text.length),
        text: m.text,
        reason: 'synthetic corpus: a number of the parent document that is not a figure',
      });
    }
  }
  return { tables: rows, seeds };
}

/** Writes the corpus as a catalogue folder and a seeds folder under `dir` (both replaced). */
export function writeCorpus(dir: string, corpus: Corpus): { data: string; seeds: string } {
  const data = join(dir, 'data');
  const seeds = join(dir, 'seeds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  mkdirSync(seeds, { recursive: true });
  for (const table of Object.keys(CSV_COLUMNS) as Table[]) {
    const { required, optional } = CSV_COLUMNS[table];
    const fields = [...required, ...optional];
    writeFileSync(
      join(data, `${table}.csv`),
      Papa.unparse({ fields, data: corpus.tables[table] }, { newline: '\n' }) + '\n',
    );
  }
  for (const [name, text] of corpus.seeds) writeFileSync(join(seeds, name), text);
  return { data, seeds };
}
