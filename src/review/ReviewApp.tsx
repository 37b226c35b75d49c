// The review mode (npm run review): the queue of documents with their unreviewed figures, a document's text
// with its figures marked, and the selected figure's draft as a form. Each decision is written by the server
// at once; the next unreviewed figure is then selected. Keys: a accept, i ignore, j/k next/previous, u undo,
// Escape to leave a field (Enter in a field accepts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportedProblem } from '../domain/catalogue/problem-codes';
import { reviewWord, type ReviewWord } from '../i18n/review-words';
import type { Locale } from '../i18n/translate';
import {
  api,
  type Answer,
  type Cells,
  type DocumentList,
  type DocumentView,
  type Upload,
  type Vocabulary,
} from './api';
import { DocumentText } from './DocumentText';
import { FigurePanel } from './FigurePanel';
import { Queue } from './Queue';
import { acceptDecision, formFor, ignoreDecision, nextDraft, type FigureForm } from './form-state';
import { DocumentRowForm } from './DocumentRowForm';
import { ProblemList } from './ProblemList';

const initialLocale = (): Locale =>
  new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN';

export function ReviewApp() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [list, setList] = useState<DocumentList | null>(null);
  const [vocabulary, setVocabulary] = useState<Vocabulary | null>(null);
  const [view, setView] = useState<DocumentView | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [forms, setForms] = useState<Record<string, FigureForm>>({});
  // The build's problems with a decision, for the decision they were checked for (JSON).
  const [checked, setChecked] = useState<{ for: string; problems: ReportedProblem[] } | null>(null);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [uploadProblems, setUploadProblems] = useState<ReportedProblem[]>([]);
  const [busy, setBusy] = useState(false);
  /** The open document's own row is being corrected. */
  const [editingRow, setEditingRow] = useState(false);
  const reasonRef = useRef<HTMLInputElement | null>(null);
  const w = useCallback(
    (key: ReviewWord, vars?: Record<string, string | number>) => reviewWord(locale, key, vars),
    [locale],
  );

  const figure = view?.figures.find((f) => f.offset === selected) ?? null;
  const formKey = view && figure ? `${view.id}@${figure.offset}` : '';
  const form = figure ? (forms[formKey] ?? formFor(figure)) : null;
  const decision =
    view && figure && form && figure.state === 'draft' ? acceptDecision(view, figure, form) : null;
  const checking = decision ? JSON.stringify(decision) : '';
  const problems = checked?.for === checking ? checked.problems : null;

  const refreshList = useCallback(async () => {
    const [l, v] = await Promise.all([api.documents(), api.vocabulary()]);
    if (l.ok) setList(l.value);
    else setMessage(l.error);
    if (v.ok) setVocabulary(v.value);
  }, []);

  /** Loads a document; selects `prefer`, else the first unreviewed figure after `after`. */
  const open = useCallback(async (id: string, after: number | null = null, prefer?: number) => {
    const r = await api.document(id);
    if (!r.ok) {
      setMessage(r.error);
      return;
    }
    setView(r.value);
    setConflict(false);
    const chosen =
      (prefer !== undefined ? r.value.figures.find((f) => f.offset === prefer) : null) ??
      nextDraft(r.value.figures, after, 1) ??
      r.value.figures[0] ??
      null;
    setSelected(chosen?.offset ?? null);
  }, []);

  useEffect(() => {
    let live = true;
    void Promise.all([api.documents(), api.vocabulary()]).then(([l, v]) => {
      if (!live) return;
      if (l.ok) setList(l.value);
      else setMessage(l.error);
      if (v.ok) setVocabulary(v.value);
    });
    return () => {
      live = false;
    };
  }, []);

  // The build's checks of the form as it stands, shown before anything is written.
  useEffect(() => {
    if (!checking) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.check(JSON.parse(checking)).then((r) => {
        if (live)
          setChecked({
            for: checking,
            problems: r.ok ? r.value.problems : [{ message: r.error }, ...r.problems],
          });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [checking]);

  const afterWrite = async (r: Answer<unknown>, what: string, at: number | null, prefer?: number) => {
    if (r.ok) {
      await refreshList();
      if (view) await open(view.id, at, prefer);
      // Said once the page shows the new state (and takes keys again).
      setMessage(w(what.startsWith('undo:') ? 'undone' : 'written', { what: what.replace(/^undo:/, '') }));
      return true;
    }
    if (r.status === 409) setConflict(true);
    // A write the build refuses: its problems show under the form, in the page's language; the line says so.
    setMessage(
      r.status === 409
        ? `${w('conflict')} ${r.error}`
        : r.status === 422 && r.problems.length
          ? w('problems')
          : r.error,
    );
    if (r.problems.length) setChecked({ for: checking, problems: r.problems });
    return false;
  };

  const decide = async (
    decision: ReturnType<typeof acceptDecision> | ReturnType<typeof ignoreDecision>,
    what: string,
  ) => {
    if (busy || !view || !figure) return;
    setBusy(true);
    try {
      await afterWrite(await api.decide(decision), what, figure.offset);
    } finally {
      setBusy(false);
    }
  };

  const accept = () => {
    if (view && figure && form && figure.state === 'draft')
      void decide(acceptDecision(view, figure, form), `${w('accept')} ${figure.text}`);
  };
  const ignore = () => {
    if (!view || !figure || !form || figure.state !== 'draft') return;
    if (form.reason.trim() === '') {
      setMessage(w('reasonNeeded'));
      reasonRef.current?.focus();
      return;
    }
    void decide(ignoreDecision(view, figure, form), `${w('ignore')} ${figure.text}`);
  };
  const undo = async () => {
    if (busy || !list) return;
    setBusy(true);
    try {
      const r = await api.undo(view?.version ?? list.version);
      const offset = r.ok ? Number(/@(\d+)$/.exec(r.value.undone)?.[1] ?? NaN) : NaN;
      await afterWrite(
        r,
        `undo:${r.ok ? r.value.undone : ''}`,
        null,
        Number.isNaN(offset) ? undefined : offset,
      );
    } finally {
      setBusy(false);
    }
  };
  const step = (by: 1 | -1) => {
    if (!view) return;
    const f = nextDraft(view.figures, selected, by);
    if (f) setSelected(f.offset);
  };

  const keys = useRef({ accept, ignore, undo, step });
  useEffect(() => {
    keys.current = { accept, ignore, undo, step };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) {
        // Escape leaves a field, so that the keys act again.
        if (e.key === 'Escape') t.blur();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const k = keys.current;
      const act = {
        a: k.accept,
        i: k.ignore,
        u: () => void k.undo(),
        j: () => k.step(1),
        k: () => k.step(-1),
      }[e.key];
      if (act) {
        e.preventDefault();
        act();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The selected figure stays in view.
  useEffect(() => {
    if (selected !== null)
      document
        .querySelector(`.review-text [data-offset="${selected}"]`)
        ?.scrollIntoView({ block: 'nearest' });
  }, [selected, view]);

  const drop = async (file: File | undefined) => {
    if (!file) return;
    setMessage(w('uploading', { file: file.name }));
    const r = await api.upload(file);
    if (r.ok) {
      setUpload(r.value);
      setUploadProblems([]);
      setMessage('');
    } else setMessage(r.error);
  };
  const saveRow = async (row: Cells) => {
    if (!view) return;
    setBusy(true);
    try {
      const r = await api.documentMeta(view.version, view.id, row);
      if (r.ok) {
        setEditingRow(false);
        setUploadProblems([]);
        await afterWrite(r, view.file, selected, selected ?? undefined);
      } else {
        if (r.status === 409) setConflict(true);
        setUploadProblems(r.problems.length ? r.problems : [{ message: r.error }]);
      }
    } finally {
      setBusy(false);
    }
  };
  const addDocument = async (row: Cells) => {
    if (!upload || !list) return;
    setBusy(true);
    try {
      const r = await api.addDocument(list.version, upload.pending, row);
      if (r.ok) {
        setUpload(null);
        setEditingRow(false);
        setMessage(w('written', { what: upload.file }));
        await refreshList();
        await open(r.value.id);
      } else {
        if (r.status === 409) setConflict(true);
        setUploadProblems(r.problems.length ? r.problems : [{ message: r.error }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="review" lang={locale}>
      <header className="review-header">
        <h1>{w('title')}</h1>
        <a href="./" target="_blank" rel="noreferrer">
          {w('dashboard')}
        </a>
        <button
          type="button"
          lang={locale === 'en' ? 'zh-CN' : 'en'}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        >
          {w('language')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="u"
          disabled={busy || !list?.undo}
          onClick={() => void undo()}
        >
          {w('undo')} (u)
        </button>
        <p className="keys">{w('keys')}</p>
      </header>
      <p role="status" aria-live="polite" className="message">
        {message}
        {conflict && view && (
          <button type="button" onClick={() => void open(view.id, null, selected ?? undefined)}>
            {w('reload')}
          </button>
        )}
      </p>
      {list && list.problems.length > 0 && (
        <ProblemList role="alert" className="problems" locale={locale} problems={list.problems} />
      )}
      <div className="review-main">
        <Queue
          locale={locale}
          documents={list?.documents ?? []}
          current={view?.id ?? null}
          onOpen={(id) => {
            setEditingRow(false);
            void open(id);
          }}
          onFile={(file) => void drop(file)}
        />
        <main className="review-doc" aria-label={w('text')}>
          {view ? (
            <>
              <h2>{view.title}</h2>
              <button
                type="button"
                aria-expanded={editingRow}
                onClick={() => {
                  setUploadProblems([]);
                  setEditingRow(!editingRow);
                }}
              >
                {w('docDetails')}
              </button>
              <p className="legend">
                {w('legend')} <span className="fig fig-draft">{w('state.draft')}</span>{' '}
                <span className="fig fig-reviewed">{w('state.reviewed')}</span>{' '}
                <span className="fig fig-ignored">{w('state.ignored')}</span>
              </p>
              <DocumentText
                locale={locale}
                text={view.text}
                figures={view.figures}
                selected={selected}
                onSelect={setSelected}
                onSelectText={(quote) => {
                  if (!figure || !form || figure.state !== 'draft') return;
                  setForms({ ...forms, [formKey]: { ...form, observation: { ...form.observation, quote } } });
                  setMessage(w('quoteFromSelection'));
                }}
              />
            </>
          ) : (
            <p>{w('pick')}</p>
          )}
        </main>
        <aside className="review-side">
          {upload && vocabulary ? (
            <DocumentRowForm
              key={upload.pending}
              locale={locale}
              vocabulary={vocabulary}
              heading={w('newDocument', { file: upload.file })}
              initial={upload.row}
              idEditable
              submitLabel={w('addDocument')}
              problems={uploadProblems}
              busy={busy}
              onSubmit={(row) => void addDocument(row)}
              onCancel={() => setUpload(null)}
            />
          ) : editingRow && view?.row && vocabulary ? (
            <DocumentRowForm
              key={`${view.id}:${view.version}`}
              locale={locale}
              vocabulary={vocabulary}
              heading={w('docRow', { file: view.file })}
              initial={view.row}
              idEditable={false}
              submitLabel={w('save')}
              problems={uploadProblems}
              busy={busy}
              onSubmit={(row) => void saveRow(row)}
              onCancel={() => setEditingRow(false)}
            />
          ) : view && figure && form && vocabulary ? (
            <FigurePanel
              key={formKey}
              locale={locale}
              vocabulary={vocabulary}
              figure={figure}
              form={form}
              onChange={(f) => setForms({ ...forms, [formKey]: f })}
              problems={problems}
              busy={busy}
              reasonRef={reasonRef}
              onAccept={accept}
              onIgnore={ignore}
            />
          ) : view ? (
            <p>{w('noFigure')}</p>
          ) : null}
          {view && (
            <nav className="steps" aria-label={`${w('previous')} / ${w('next')}`}>
              <button type="button" aria-keyshortcuts="k" onClick={() => step(-1)}>
                {w('previous')} (k)
              </button>
              <button type="button" aria-keyshortcuts="j" onClick={() => step(1)}>
                {w('next')} (j)
              </button>
            </nav>
          )}
        </aside>
      </div>
    </div>
  );
}
