// The view as URL parameters: `?region=a,b&topic=..&doc=..&status=..&draft=1&q=..&lang=zh|en&asOf=YYYY-MM-DD&sort=..&view=..`.
// Parsing validates every value with zod against the dataset; what fails is dropped and reported, never thrown.
import * as z from 'zod/mini';
import type { Dataset } from '../domain/dataset-schema';
import { FORMER_STATUSES, STATUSES, type Status } from '../domain/progress-types';
import type { Locale } from '../i18n/translate';
import { isAsOfDate } from './as-of';
import { DENSITIES, SORTS, type AppState, type Density, type Filters, type Sort } from './store-types';

export interface UrlState {
  filters: Filters;
  locale: Locale;
  /** Absent: today. */
  asOf: string | null;
  sort: Sort;
  density: Density;
}

export const DEFAULT_SORT: Sort = 'status';
export const DEFAULT_DENSITY: Density = 'detailed';
const MAX_Q = 200;
const KNOWN_PARAMS = ['region', 'topic', 'doc', 'status', 'draft', 'q', 'lang', 'asOf', 'sort', 'view'];

// Markup, control characters and over-long values are refused rather than shown.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>\u0000-\u001f\u007f]/;

const langSchema = z.enum(['zh', 'en']);
const asOfSchema = z.string().check(z.refine(isAsOfDate));
const sortSchema = z.enum(SORTS);
const viewSchema = z.enum(DENSITIES);
const statusSchema = z.enum(STATUSES);
/** The 待核 filter: on as `draft=1`, absent when off. */
const draftSchema = z.literal('1');
const qSchema = z.string().check(
  z.maxLength(MAX_Q),
  z.refine((s) => !UNSAFE.test(s)),
);

function idSchema(ids: Iterable<string>) {
  const known = new Set(ids);
  return z.string().check(z.refine((s) => known.has(s)));
}

export interface ParsedUrl {
  state: UrlState;
  /** `key=value` for each value that was dropped. */
  dropped: string[];
}

const shown = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function parseUrlState(search: string, dataset: Dataset): ParsedUrl {
  const params = new URLSearchParams(search);
  const dropped: string[] = [];
  const drop = (key: string, value: string) => dropped.push(`${key}=${shown(value)}`);

  /** `aliases`: values that mean others (a former name), taken as those. */
  const list = <T extends string>(
    key: string,
    schema: z.ZodMiniType<T>,
    aliases: Readonly<Record<string, readonly T[]>> = {},
  ): T[] => {
    const out: T[] = [];
    for (const raw of params.getAll(key).flatMap((v) => v.split(','))) {
      const v = raw.trim();
      if (!v) continue;
      if (Object.hasOwn(aliases, v)) {
        for (const a of aliases[v]!) if (!out.includes(a)) out.push(a);
        continue;
      }
      const r = schema.safeParse(v);
      if (r.success) {
        if (!out.includes(r.data)) out.push(r.data);
      } else drop(key, v);
    }
    return out;
  };
  const single = <T>(key: string, schema: z.ZodMiniType<T>): T | null => {
    const v = params.get(key);
    if (v === null || v === '') return null;
    const r = schema.safeParse(v);
    if (r.success) return r.data;
    drop(key, v);
    return null;
  };

  for (const key of new Set(params.keys())) if (!KNOWN_PARAMS.includes(key)) drop(key, params.get(key) ?? '');

  const region = list('region', idSchema(dataset.regions.map((r) => r.id)));
  const topic = list('topic', idSchema(dataset.topics.map((t) => t.id)));
  const doc = list('doc', idSchema(dataset.documents.map((d) => d.id)));
  // Links written before the status set changed keep working: a former status means the ones it became.
  const status: Status[] = list('status', statusSchema, FORMER_STATUSES);
  const draft = single('draft', draftSchema) !== null;
  const q = single('q', qSchema) ?? '';
  const lang = single('lang', langSchema);
  const asOf = single('asOf', asOfSchema);
  const sort = single('sort', sortSchema) ?? DEFAULT_SORT;
  const density = single('view', viewSchema) ?? DEFAULT_DENSITY;
  return {
    state: {
      filters: { region, topic, doc, status, q, ...(draft ? { draft } : {}) },
      locale: lang === 'en' ? 'en' : 'zh-CN',
      asOf,
      sort,
      density,
    },
    dropped,
  };
}

/** Only the language, read before the dataset is there (for the loading and error messages). */
export function parseUrlLocale(search: string): Locale {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh-CN';
}

/** The query string for a state; defaults are left out so links stay short. Commas are kept literal. */
export function serializeUrlState(
  s: Pick<AppState, 'filters' | 'locale' | 'asOf' | 'today' | 'sort' | 'density'>,
): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${key}=${value}`);
  const enc = encodeURIComponent;
  const { region, topic, doc, status, q } = s.filters;
  if (region.length) add('region', region.map(enc).join(','));
  if (topic.length) add('topic', topic.map(enc).join(','));
  if (doc.length) add('doc', doc.map(enc).join(','));
  if (status.length) add('status', status.join(','));
  if (s.filters.draft) add('draft', '1');
  if (q.trim()) add('q', enc(q));
  if (s.locale === 'en') add('lang', 'en');
  if (s.asOf !== s.today) add('asOf', s.asOf);
  if (s.sort !== DEFAULT_SORT) add('sort', s.sort);
  if (s.density !== DEFAULT_DENSITY) add('view', s.density);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The store update that a parsed URL means. */
export function urlStateToStore(u: UrlState, today: string): Partial<AppState> {
  return {
    filters: u.filters,
    locale: u.locale,
    asOf: u.asOf ?? today,
    sort: u.sort,
    density: u.density,
  };
}
