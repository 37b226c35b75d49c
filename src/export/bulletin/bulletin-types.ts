// The bulletin model's types: its blocks, the document, and what it is built from.
import type { Dataset, Indicator, Observation } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import type { Locale } from '../../i18n/translate';
import type { ExportChart } from '../export-option';
import type { FilterSummary } from '../filter-text';

export type BulletinBlock =
  /** `newPage`: the chapter starts a page (the sections, so none is split from its heading after the table). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  /** `keep`: on the same page as what follows (a section's sentences and its chart). */
  | { kind: 'paragraph'; text: string; tone?: 'meta' | 'note' | 'quote'; keep?: boolean }
  /** A real table: a header row (repeated on each page) and rows of text; widths in shares of the page. */
  | { kind: 'table'; columns: readonly string[]; widths: readonly number[]; rows: string[][] }
  | { kind: 'chart'; chart: ExportChart; alt: string };

export interface Bulletin {
  title: string;
  /** The blank issuer line's label ('发布单位：'), filled in by hand. */
  issuerLabel: string;
  dateLine: string;
  locale: Locale;
  blocks: BulletinBlock[];
}

export interface BulletinInput {
  dataset: Pick<Dataset, 'documents' | 'regions' | 'topics'>;
  /** The selection, in the order shown. */
  indicators: readonly Indicator[];
  /** Progress per indicator id as of `asOf` (with the imports); an indicator without one is left out. */
  progress: ReadonlyMap<string, Progress | null>;
  extra?: ReadonlyMap<string, readonly Observation[]>;
  filters: FilterSummary;
  locale: Locale;
  /** YYYY-MM-DD */
  asOf: string;
  /** The day the bulletin is dated (YYYY-MM-DD); the as-of date when not given. */
  issued?: string;
}

/** One indicator of the selection with its progress, its imported figures and its name in the language. */
export interface BulletinItem {
  indicator: Indicator;
  progress: Progress;
  extra: readonly Observation[];
  name: string;
}
