// What each problem of the catalogue is, as a code and the facts it names, beside its English message: the
// review page says it in its own language from these (src/i18n/problem-words.ts); the CLI prints the message.
import type { PeriodFault } from '../period';

/** A figure as a problem names it: its text and what was read from it. */
export interface NamedFigure {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string;
}

/** What is wrong with one field of a row, from its zod issue (rows.ts, fieldIssue). */
export type FieldIssue =
  | { kind: 'one-of'; values: string[] }
  | { kind: 'empty' }
  | { kind: 'required' }
  | { kind: 'too-long'; max: number }
  | { kind: 'number' }
  | { kind: 'id' }
  | { kind: 'seed-file' }
  | { kind: 'period'; fault: PeriodFault }
  | { kind: 'date'; fault: PeriodFault }
  | { kind: 'draft-mark' }
  /** An issue met nowhere else: its English words. */
  | { kind: 'other'; detail: string };

/** A row kind a review decision names before a field problem. */
export type RecordKind = 'observation' | 'new indicator' | 'ignore' | 'document';

/** For a quote that is not in its document: where the two part (null: no part of it is in the document). */
export interface QuoteParting {
  /** The last characters (up to 8) the quote and the document share, and the line they end on. */
  upTo: string;
  line: number;
  /** What the document reads there, and what the quote has (8 characters each). */
  reads: string;
  quoteHas: string;
}

/** The parameters of each problem, by code: the problems the build reports. */
export interface BuildProblemParams {
  'table-missing': { header: string };
  'table-empty': { header: string };
  'table-too-large': { limitMb: number };
  'table-undecodable': { detail: string };
  'csv-syntax': { detail: string; unclosedQuote: boolean };
  'csv-separator': { separator: 'semicolon' | 'tab' };
  'csv-missing-column': { column: string; expected: string[] };
  'csv-unknown-column': { column: string; expected: string[] };
  'csv-duplicate-column': { column: string };
  'csv-cell-count': { expected: number; found: number; header: string[] };
  /** A field its schema refuses; `record` when a review decision names the row it is in. */
  field: { column: string; value: string; issue: FieldIssue; record?: RecordKind };
  'duplicate-id': { id: string; first: number };
  'parent-not-region': { parent: string };
  'region-cycle': { region: string; through: string };
  'unknown-reference': { kind: 'region' | 'topic' | 'indicator' | 'document'; id: string; table: string };
  'indicator-unused': { indicator: string; table: string };
  'seed-missing': { file: string };
  'seed-unreadable': { detail: string };
  'seed-too-large': { limitMb: number };
  'seed-unsupported': { extension: string | null; accepted: string[] };
  'seed-not-listed': { table: string };
  'bad-period': { column: string; value: string; detail: string };
  'since-after-period': { since: string; period: string };
  'duplicate-observation': { first: number };
  'actual-after-document': { period: string; published: string };
  'target-before-document': { period: string; published: string };
  'quote-not-found': { document: string; quote: string; parting: QuoteParting | null };
  'quote-ambiguous': { document: string; count: number; lines: number[] };
  'value-not-in-quote': {
    qualifier: string;
    value: number;
    unit: string;
    indicatorUnit: string;
    held: NamedFigure[];
  };
  'ignored-text-not-in-quote': { text: string; held: NamedFigure[] };
  'ignored-no-figure': { held: NamedFigure[] };
  'ignored-but-used': { text: string; by: string };
  'unreviewed-figure': { figure: NamedFigure; observations: string; ignored: string };
  'draft-indicator': { indicator: string; at: string };
  'dataset-contract': { path: string; detail: string };
}

/** The problems a review decision meets before the build runs (scripts/lib/review/decisions.ts). */
export interface DecisionProblemParams {
  'catalogue-broken': Record<string, never>;
  'decision-document-unknown': { document: string };
  'decision-no-figure': { offset: number; file: string };
  'decision-decided': { text: string; status: string };
  'decision-indicator-mismatch': { indicator: string; newIndicator: string };
  'decision-other-figure': { text: string; offset: number };
  'decision-table-missing': { file: string };
  'decision-row-missing': { id: string; table: string };
}

export type ProblemParams = BuildProblemParams & DecisionProblemParams;
export type BuildProblemCode = keyof BuildProblemParams;
export type ProblemCode = keyof ProblemParams;

/** A problem's code with its parameters, checked against each other. */
export type ProblemDetail<C extends ProblemCode = ProblemCode> = {
  [K in C]: { code: K; params: ProblemParams[K] };
}[C];

export function detail<C extends ProblemCode>(code: C, params: ProblemParams[C]): ProblemDetail<C> {
  return { code, params } as ProblemDetail<C>;
}

// A record with every code as a key: a code added to the types above and not here fails the type-check.
const EVERY_CODE: Record<ProblemCode, true> = {
  'table-missing': true,
  'table-empty': true,
  'table-too-large': true,
  'table-undecodable': true,
  'csv-syntax': true,
  'csv-separator': true,
  'csv-missing-column': true,
  'csv-unknown-column': true,
  'csv-duplicate-column': true,
  'csv-cell-count': true,
  field: true,
  'duplicate-id': true,
  'parent-not-region': true,
  'region-cycle': true,
  'unknown-reference': true,
  'indicator-unused': true,
  'seed-missing': true,
  'seed-unreadable': true,
  'seed-too-large': true,
  'seed-unsupported': true,
  'seed-not-listed': true,
  'bad-period': true,
  'since-after-period': true,
  'duplicate-observation': true,
  'actual-after-document': true,
  'target-before-document': true,
  'quote-not-found': true,
  'quote-ambiguous': true,
  'value-not-in-quote': true,
  'ignored-text-not-in-quote': true,
  'ignored-no-figure': true,
  'ignored-but-used': true,
  'unreviewed-figure': true,
  'draft-indicator': true,
  'dataset-contract': true,
  'catalogue-broken': true,
  'decision-document-unknown': true,
  'decision-no-figure': true,
  'decision-decided': true,
  'decision-indicator-mismatch': true,
  'decision-other-figure': true,
  'decision-table-missing': true,
  'decision-row-missing': true,
};

export const PROBLEM_CODES = Object.keys(EVERY_CODE) as ProblemCode[];

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.hasOwn(EVERY_CODE, code);
}

/** A figure as problems name it. */
export function namedFigure(m: NamedFigure): NamedFigure {
  return { text: m.text, value: m.value, unit: m.unit, qualifier: m.qualifier };
}

/**
 * A problem as the review server sends it: the English message always (what the CLI prints, the fallback),
 * the file and line where it has them, and the code with its parameters where the problem has one.
 */
export interface ReportedProblem {
  message: string;
  file?: string;
  line?: number;
  code?: string;
  params?: unknown;
}
