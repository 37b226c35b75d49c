// The review page's calls to its server (scripts/lib/review-server.ts): each carries the per-run token the
// server put into this page, and returns the server's answer or its refusal in words.
import type { ReportedProblem } from '../domain/catalogue/problem-codes';

export type Cells = Record<string, string>;

export interface DocumentSummary {
  id: string;
  title: string;
  file: string;
  figures: number;
  unreviewed: number;
}

export interface DocumentList {
  version: string;
  documents: DocumentSummary[];
  problems: ReportedProblem[];
  undo: number;
}

export type FigureState = 'draft' | 'reviewed' | 'ignored';

export interface Figure {
  offset: number;
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string;
  state: FigureState;
  reason?: string;
  /**
   * The drafter's proposal: an observation (`row`: file:line of the draft row in the catalogue it comes from,
   * if any), nothing (and why), or to ignore the figure (and why).
   */
  draft?: { observation: Cells; indicator?: Cells; row?: string } | { skipped: string } | { ignore: string };
}

export interface DocumentView {
  version: string;
  id: string;
  title: string;
  file: string;
  text: string;
  figures: Figure[];
  /** Its row of data/documents.csv as written. */
  row: Cells | null;
}

export interface Vocabulary {
  indicators: { id: string; name: { zh: string; en: string }; region: string; unit: string }[];
  regions: { id: string; name: { zh: string; en: string } }[];
  topics: { id: string; name: { zh: string; en: string } }[];
  roles: string[];
  bases: string[];
  qualifiers: string[];
  units: string[];
  measures: string[];
  directions: string[];
  kinds: string[];
}

export interface Upload {
  pending: string;
  file: string;
  row: Cells;
  version: string;
}

export type Answer<T> =
  { ok: true; value: T } | { ok: false; status: number; error: string; problems: ReportedProblem[] };

const token = document.querySelector('meta[name="review-token"]')?.getAttribute('content') ?? '';

async function call<T>(path: string, init: RequestInit = {}): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(`./api/${path}`, {
      ...init,
      headers: { 'x-review-token': token, ...(init.headers as Record<string, string> | undefined) },
    });
  } catch (e) {
    return { ok: false, status: 0, error: e instanceof Error ? e.message : String(e), problems: [] };
  }
  const json = (await res.json().catch(() => ({}))) as { error?: string; problems?: ReportedProblem[] };
  if (res.ok) return { ok: true, value: json as T };
  return {
    ok: false,
    status: res.status,
    error: json.error ?? res.statusText,
    problems: json.problems ?? [],
  };
}

const post = <T>(path: string, body: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export const api = {
  documents: () => call<DocumentList>('documents'),
  vocabulary: () => call<Vocabulary>('vocabulary'),
  document: (id: string) => call<DocumentView>(`document?id=${encodeURIComponent(id)}`),
  check: (decision: unknown) => post<{ problems: ReportedProblem[] }>('check', decision),
  decide: (decision: unknown) => post<{ version: string; undo: number }>('decide', decision),
  undo: (version: string) => post<{ version: string; undone: string; undo: number }>('undo', { version }),
  upload: (file: File) =>
    call<Upload>(`upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    }),
  documentMeta: (version: string, id: string, row: Cells) =>
    post<{ version: string }>('document-meta', { version, id, row }),
  addDocument: (version: string, pending: string, row: Cells) =>
    post<{ version: string; id: string }>('document-row', { version, pending, row }),
};
