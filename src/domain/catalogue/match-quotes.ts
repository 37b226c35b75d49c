// A step of buildDataset: every observation proves its figure. Its quote occurs once in its document, and
// among the figures extracted from inside the quote is one with the curated value, unit and qualifier: that
// mention becomes the observation's source.
import { observationUnit, type Indicator } from '../dataset-schema';
import { normalizeText } from '../text/normalize';
import type { Mention } from '../types';
import { findQuote } from './find-quote';
import { problemList, type Problem } from './problem';
import { detail, namedFigure } from './problem-codes';
import { describeMention, mentionsWithin, sameValue } from './quotes';
import type { SeedDocument } from './read-documents';
import type { Row } from './read-tables';
import type { IndicatorRow, ObservationRow } from './rows';

/** A mention an observation uses: the mention's index in its document, and the row that uses it. */
export interface Use {
  document: string;
  mention: number;
  /** file:line of the observation. */
  by: string;
  /** The observation's line. */
  line: number;
}

export interface Matched {
  /** Each indicator's proven observations, in catalogue order. */
  observed: Map<string, Indicator['observations']>;
  /** In catalogue order: a mention used twice is credited to the later row. */
  uses: Use[];
  problems: Problem[];
}

/**
 * `docs` are the documents that could be read and `indicators` the valid indicator rows, by id: an
 * observation whose document or indicator is missing is not matched (what is wrong with the missing one is
 * reported already). `file` is the display path of the observations table.
 */
export function matchQuotes(
  observations: readonly Row<ObservationRow>[],
  docs: ReadonlyMap<string, SeedDocument>,
  indicators: ReadonlyMap<string, IndicatorRow>,
  file: string,
): Matched {
  const { problems, add } = problemList();
  const observed = new Map<string, Indicator['observations']>();
  const uses: Use[] = [];
  for (const { line, row } of observations) {
    const indicator = indicators.get(row.indicator);
    const doc = docs.get(row.document);
    if (!doc || !indicator) continue;
    const quote = normalizeText(row.quote);
    const found = findQuote(doc, quote);
    if (!found.ok) {
      const { message, ...why } = found.error;
      add(file, line, message, why);
      continue;
    }
    const offset = found.value;
    // Values are curated in the indicator's unit; a rate (yoy, cagr, growth) is in %.
    const unit = observationUnit(row.basis, indicator.unit);
    const inside = mentionsWithin(doc.mentions, offset, offset + quote.length);
    const figures = inside.filter((i) => doc.mentions[i]?.class === 'figure');
    const match = figures.find((i) => {
      const m = doc.mentions[i];
      return (
        m !== undefined &&
        m.value !== null &&
        sameValue(m.value, row.value) &&
        (m.unit === unit || m.unit === null) &&
        m.qualifier === row.qualifier
      );
    });
    if (match === undefined) {
      const heldFigures = figures.map((i) => doc.mentions[i] as Mention);
      const held = heldFigures.map(describeMention).join(', ');
      add(
        file,
        line,
        `the quote does not hold ${row.qualifier === '=' ? '' : row.qualifier}${row.value} ${unit}: ` +
          (held ? `it holds ${held}` : 'it holds no figure') +
          ` (values are in the indicator's unit, ${indicator.unit}, with 万 applied and money in 亿元):` +
          ' correct the value, qualifier or basis, or quote the sentence that holds the figure',
        detail('value-not-in-quote', {
          qualifier: row.qualifier,
          value: row.value,
          unit,
          indicatorUnit: indicator.unit,
          held: heldFigures.map(namedFigure),
        }),
      );
      continue;
    }
    uses.push({ document: row.document, mention: match, by: `${file}:${line}`, line });
    const list = observed.get(row.indicator) ?? [];
    list.push({
      role: row.role,
      period: row.period,
      value: row.value,
      qualifier: row.qualifier,
      basis: row.basis,
      ...(row.since !== undefined ? { since: row.since } : {}),
      ...(row.note !== undefined ? { note: row.note } : {}),
      ...(row.dated !== undefined ? { dated: row.dated } : {}),
      source: { document: row.document, quote, offset },
    });
    observed.set(row.indicator, list);
  }
  return { observed, uses, problems };
}
