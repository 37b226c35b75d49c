// zod schemas for one record of each curated CSV. Cells arrive as trimmed strings; these turn them into
// typed values or say, per field, what is wrong and how to write it instead.
import { z } from 'zod';
import { BASES, DATINGS, DIRECTIONS, DOCUMENT_KINDS, MEASURES, ROLES } from '../dataset-schema';
import { QUALIFIERS, UNITS } from '../types';
import { dateFault, dateProblem, periodFault, periodProblem, type PeriodFault } from '../period';
import { SEED_FILE_RE, SEED_FILE_SHAPE } from '../text/seed-formats';
import type { FieldIssue } from './problem-codes';

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

const id = z.string().regex(ID_RE, 'must be lower-case letters, digits and "-" (e.g. cq-gaoxin)');
const text = z.string().min(1, 'must not be empty');
const optionalText = z
  .string()
  .optional()
  .transform((s) => (s ? s : undefined));
/** A cell checked by a function that words its fault; the fault travels in the issue's params. */
const checked = (
  kind: 'period' | 'date',
  fault: (s: string) => PeriodFault | null,
  problem: (s: string) => string | null,
) =>
  z.string().superRefine((s, ctx) => {
    const f = fault(s);
    const message = f && problem(s);
    if (f && message) ctx.addIssue({ code: 'custom', message, params: { kind, fault: f } });
  });
const isoDate = checked('date', dateFault, dateProblem);
/** The column that marks a draft row, and its value there (empty, or no cell, on a reviewed row). */
export const DRAFT_COLUMN = 'draft';
export const DRAFT_MARK = '1';
/**
 * The draft mark of an indicator or observation row: `1` on a row the drafter wrote (`npm run draft -- FILE
 * --write`) that no curator has reviewed yet, empty (or no cell at all) on a reviewed row.
 */
const draftMark = optionalText
  .pipe(
    z.literal(DRAFT_MARK, { error: () => 'must be 1 (a draft nobody has reviewed yet) or empty' }).optional(),
  )
  .transform((v) => (v === DRAFT_MARK ? true : undefined))
  .optional();
const period = checked('period', periodFault, periodProblem);

/** A plain decimal number: 6950, 0.2781, -3.5. Refuses 1,2.3, NaN, 1e999, 一千 and empty cells. */
export const decimal = z
  .string()
  .regex(
    DECIMAL_RE,
    'must be a plain decimal number such as 6950 or 0.2781 (no separators, words or exponents)',
  )
  .transform(Number)
  .refine(Number.isFinite, { message: 'is not a finite number', params: { kind: 'number' } });

function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `must be one of: ${values.join(' ')}` });
}

export const documentRow = z.object({
  id,
  file: z.string().regex(SEED_FILE_RE, `must be ${SEED_FILE_SHAPE}`),
  title: text,
  issuer: text,
  published: isoDate,
  region: id,
  kind: oneOf(DOCUMENT_KINDS),
  note: optionalText,
});

export const regionRow = z.object({ id, name_zh: text, name_en: text, parent: optionalText });
export const topicRow = z.object({ id, name_zh: text, name_en: text });

export const indicatorRow = z.object({
  id,
  name_zh: text,
  name_en: text,
  region: id,
  topic: id,
  unit: oneOf(UNITS),
  measure: oneOf(MEASURES),
  direction: oneOf(DIRECTIONS),
  note: optionalText,
  draft: draftMark,
});

export const observationRow = z.object({
  indicator: id,
  role: oneOf(ROLES),
  period,
  value: decimal,
  qualifier: oneOf(QUALIFIERS),
  basis: oneOf(BASES),
  since: optionalText.pipe(period.optional()),
  document: id,
  quote: text,
  note: optionalText,
  dated: optionalText.pipe(oneOf(DATINGS).optional()),
  draft: draftMark,
});

export const ignoredRow = z.object({
  document: id,
  quote: text,
  text: optionalText,
  reason: text,
});

/**
 * A curated file's columns, in the order of its row's fields: those it must have (even where a cell may be
 * empty, as a region's parent), those it may leave out, and those a row may leave out when they end the
 * header (`draft`: added to the header by the drafter, after the reviewed rows were written without it).
 */
function columns<Shape extends z.ZodRawShape>(
  row: z.ZodObject<Shape>,
  optional: readonly (keyof Shape)[] = [],
  trailing: readonly (keyof Shape)[] = [],
) {
  const fields = Object.keys(row.shape);
  return {
    required: fields.filter((f) => !optional.includes(f)),
    optional: fields.filter((f) => optional.includes(f)),
    trailing: fields.filter((f) => trailing.includes(f)),
  };
}

/**
 * What a zod issue of these schemas says of its field, for the review page to word in its language (the
 * build prints the issue's English message). An issue met nowhere here is 'other': the page names the field.
 */
export function fieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const column = String(issue.path[0] ?? '');
  switch (issue.code) {
    case 'invalid_value':
      return column === DRAFT_COLUMN
        ? { kind: 'draft-mark' }
        : { kind: 'one-of', values: issue.values.map(String) };
    case 'too_small':
      return { kind: 'empty' };
    case 'too_big':
      return { kind: 'too-long', max: Number(issue.maximum) };
    case 'invalid_type':
      return { kind: 'required' };
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? issue.pattern : undefined;
      if (pattern === String(ID_RE)) return { kind: 'id' };
      if (pattern === String(DECIMAL_RE)) return { kind: 'number' };
      if (pattern === String(SEED_FILE_RE)) return { kind: 'seed-file' };
      return { kind: 'other', detail: issue.message };
    }
    case 'custom': {
      const params = issue.params as { kind?: string; fault?: PeriodFault } | undefined;
      if (params?.kind === 'number') return { kind: 'number' };
      if ((params?.kind === 'period' || params?.kind === 'date') && params.fault)
        return { kind: params.kind, fault: params.fault };
      return { kind: 'other', detail: issue.message };
    }
    default:
      return { kind: 'other', detail: issue.message };
  }
}

export const CSV_COLUMNS = {
  documents: columns(documentRow, ['note']),
  regions: columns(regionRow),
  topics: columns(topicRow),
  indicators: columns(indicatorRow, ['note', 'draft'], ['draft']),
  observations: columns(observationRow, ['since', 'note', 'dated', 'draft'], ['draft']),
  ignored: columns(ignoredRow, ['text']),
};

export type DocumentRow = z.infer<typeof documentRow>;
export type RegionRow = z.infer<typeof regionRow>;
export type TopicRow = z.infer<typeof topicRow>;
export type IndicatorRow = z.infer<typeof indicatorRow>;
export type ObservationRow = z.infer<typeof observationRow>;
export type IgnoredRow = z.infer<typeof ignoredRow>;
