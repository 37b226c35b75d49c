// The combined store's shape, assembled from typed slices (filters, view, selection, data).
import type { Dataset, DatasetMention } from '../domain/dataset-schema';
import type { Status } from '../domain/progress-types';
import type { Locale } from '../i18n/translate';
import type { ImportSlice } from './import-slice';

export const SORTS = ['status', 'gap', 'deadline', 'name'] as const;
export type Sort = (typeof SORTS)[number];
export const DENSITIES = ['compact', 'detailed'] as const;
export type Density = (typeof DENSITIES)[number];

export const LIST_FILTERS = ['region', 'topic', 'doc', 'status'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface Filters {
  region: string[];
  topic: string[];
  doc: string[];
  status: Status[];
  q: string;
  /** Only the indicators that are drafts or have a draft figure (待核, not yet reviewed); absent: off. */
  draft?: boolean;
}

export const EMPTY_FILTERS: Filters = { region: [], topic: [], doc: [], status: [], q: '' };

export interface FiltersSlice {
  filters: Filters;
  toggleFilter: (key: ListFilter, id: string) => void;
  setFilterValues: (key: ListFilter, ids: string[]) => void;
  setQuery: (q: string) => void;
  clearFilters: () => void;
  /** Turn the 待核 filter on or off. */
  toggleDraftFilter: () => void;
}

export interface ViewSlice {
  locale: Locale;
  /** YYYY-MM-DD, a local calendar date. */
  asOf: string;
  /** The date the app treats as today (fixed in tests); asOf defaults to it and the URL omits it then. */
  today: string;
  sort: Sort;
  density: Density;
  setLocale: (locale: Locale) => void;
  setAsOf: (asOf: string) => void;
  setSort: (sort: Sort) => void;
  setDensity: (density: Density) => void;
}

/** The open source quote: a span of a document's normalised text. */
export interface Selection {
  document: string;
  offset: number;
  length: number;
  /** For a user-imported figure: the source note the user gave (there is no document text). */
  note?: string;
}

export interface SelectionSlice {
  selection: Selection | null;
  openSource: (selection: Selection) => void;
  closeSource: () => void;
}

/** A document's text and mentions, loaded from its file when its provenance panel first opens. */
export type DocumentText =
  | { status: 'loading' }
  | { status: 'ready'; text: string; mentions: readonly DatasetMention[] }
  | { status: 'error'; detail: string };

/**
 * The dataset is the first part of one in parts (docs/boot.md): `shown` of `total` indicators, the rest
 * loading (or failed: `error`). Nothing counts, filters, sorts or exports it as if it were the whole.
 */
export interface Pending {
  shown: number;
  total: number;
  error?: { url: string; detail: string };
}

export interface DataSlice {
  dataset: Dataset | null;
  /** Set while the dataset is only the first part of the whole; null once it is the whole. */
  pending: Pending | null;
  /** By document file (documents[].textFile): a newer dataset names its files anew, so nothing stale is read. */
  documentTexts: Readonly<Record<string, DocumentText>>;
  /** Load the file of a document of the dataset, once (again after an error). */
  loadDocumentText: (id: string) => void;
  /** URL values that were dropped (unknown ids, bad dates, markup), shown in a dismissible notice. */
  droppedParams: string[];
  /** A new dataset in one update: the whole (pending null), or a first part and what is still loading. */
  setDataset: (dataset: Dataset, pending?: Pending | null) => void;
  setDroppedParams: (dropped: string[]) => void;
  dismissNotice: () => void;
}

/** ImportSlice (src/import): observations the user imported, kept in localStorage (issue 4). */
export type AppState = FiltersSlice & ViewSlice & SelectionSlice & DataSlice & ImportSlice;
