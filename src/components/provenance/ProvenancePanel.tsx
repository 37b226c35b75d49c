import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { DatasetMention } from '../../domain/dataset-schema';
import { formatValue } from '../../domain/format';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import type { Selection } from '../../store/store-types';
import { useT } from '../common/use-t';

/**
 * The source of a number: the document's text with the quote highlighted and scrolled into view, and the
 * document's other figures. A non-modal dialog: focus moves in on open, Esc closes, focus goes back.
 */
export function ProvenancePanel() {
  const selection = useAppStore((s) => s.selection);
  const close = useAppStore((s) => s.closeSource);
  const returnTo = useRef<HTMLElement | null>(null);
  const open = selection !== null;

  useLayoutEffect(() => {
    if (!open) return;
    // Remember who opened the panel (still focused at this point) to give focus back on close.
    const active = document.activeElement;
    if (active instanceof HTMLElement && !active.closest('.provenance')) returnTo.current = active;
    return () => {
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected) target.focus();
      else document.querySelector<HTMLElement>('main')?.focus();
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  if (!selection) return null;
  return <ProvenanceDialog selection={selection} onClose={close} />;
}

function ProvenanceDialog({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const openSource = useAppStore((s) => s.openSource);
  const index = useAppStore(selectIndex);
  const doc = index?.documentById.get(selection.document);
  const body = useDocumentBody(selection.document);
  const closeRef = useRef<HTMLButtonElement>(null);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  const ready = body.status === 'ready';
  useEffect(() => {
    markRef.current?.scrollIntoView?.({ block: 'center' });
  }, [selection, ready]);

  // Quantities only: dates, document numbers and list markers are not figures.
  const figures = ready ? body.mentions.filter((m) => m.class === 'figure') : [];
  const text = ready ? body.text : '';
  const start = Math.min(selection.offset, text.length);
  const end = Math.min(start + selection.length, text.length);

  return (
    <div className="provenance" role="dialog" aria-modal="false" aria-labelledby="provenance-title">
      <div className="provenance-head">
        <p className="provenance-kicker">{t('source.title')}</p>
        <h2 id="provenance-title">
          {doc
            ? t('source.documentTitle', { title: doc.title })
            : selection.note !== undefined
              ? t('source.userImport')
              : selection.document}
        </h2>
        <button ref={closeRef} type="button" className="provenance-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="sr-only">{t('source.close')}</span>
        </button>
      </div>
      {doc ? (
        <>
          <dl className="provenance-meta">
            <div>
              <dt>{t('source.issuer')}</dt>
              <dd>{doc.issuer}</dd>
            </div>
            <div>
              <dt>{t('source.published')}</dt>
              <dd>{doc.published}</dd>
            </div>
          </dl>
          {body.status !== 'ready' ? (
            <DocumentPending body={body} />
          ) : (
            <>
              {/* Text nodes only: the document is never parsed as markup. */}
              <section className="provenance-text" aria-label={t('source.text')} tabIndex={0}>
                {text.slice(0, start)}
                <mark ref={markRef}>{text.slice(start, end)}</mark>
                {text.slice(end)}
              </section>
              <section className="provenance-figures" aria-labelledby="provenance-figures-title">
                <h3 id="provenance-figures-title">{t('source.figures')}</h3>
                <ul>
                  {figures.map((m) => (
                    <MentionItem
                      key={m.offset}
                      mention={m}
                      current={m.offset >= start && m.offset < Math.max(end, start + 1)}
                      label={m.value !== null && m.unit ? formatValue(m.value, m.unit, locale) : m.text}
                      statusLabel={t(`source.mention.${m.status}`)}
                      onSelect={() =>
                        openSource({ document: m.document, offset: m.offset, length: m.text.length })
                      }
                    />
                  ))}
                </ul>
              </section>
            </>
          )}
        </>
      ) : selection.note !== undefined ? (
        // The user's own words: shown as text, never as markup.
        <section className="provenance-text" aria-label={t('source.userNote')} tabIndex={0}>
          <p>{t('source.userNote')}</p>
          <p>
            <mark ref={markRef}>{selection.note || t('panel.none')}</mark>
          </p>
        </section>
      ) : (
        <p>{t('source.notFound')}</p>
      )}
    </div>
  );
}

/** While the document's file loads, or why it could not be used (with a retry). */
function DocumentPending({ body }: { body: Exclude<DocumentBody, { status: 'ready' }> }) {
  const t = useT();
  if (body.status === 'loading')
    return (
      <p className="provenance-loading" role="status">
        {t('source.loading')}
      </p>
    );
  return (
    <div className="provenance-error" role="alert">
      <p>{t('source.loadFailed', { detail: body.detail })}</p>
      <button type="button" onClick={body.retry}>
        {t('source.retry')}
      </button>
    </div>
  );
}

function MentionItem({
  mention,
  current,
  label,
  statusLabel,
  onSelect,
}: {
  mention: DatasetMention;
  current: boolean;
  label: string;
  statusLabel: string;
  onSelect: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`mention mention-${mention.status}`}
        aria-current={current ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="mention-text">{mention.text}</span>
        {label.replace(/[\s,]/g, '') !== mention.text.replace(/[\s,]/g, '') && (
          <span className="mention-value">{label}</span>
        )}
        <span className="mention-status">{statusLabel}</span>
      </button>
    </li>
  );
}

type DocumentBody =
  | { status: 'ready'; text: string; mentions: readonly DatasetMention[] }
  | { status: 'loading' }
  | { status: 'error'; detail: string; retry: () => void };

const LOADING: DocumentBody = { status: 'loading' };

/**
 * The text and mentions of a document: inline where the dataset carries them, else from the document's file,
 * asked for when the panel opens (the first screen never fetches any document's text).
 */
function useDocumentBody(id: string): DocumentBody {
  const index = useAppStore(selectIndex);
  const doc = index?.documentById.get(id);
  const load = useAppStore((s) => s.loadDocumentText);
  const loaded = useAppStore((s) => (doc?.textFile ? s.documentTexts[doc.textFile] : undefined));
  const inline = doc?.text !== undefined;
  useEffect(() => {
    if (doc && !inline) load(doc.id);
  }, [doc, inline, load]);
  return useMemo((): DocumentBody => {
    if (doc?.text !== undefined)
      return { status: 'ready', text: doc.text, mentions: index?.mentionsOfDocument.get(id) ?? [] };
    if (!loaded || loaded.status === 'loading') return LOADING;
    if (loaded.status === 'error') return { ...loaded, retry: () => load(id) };
    return { ...loaded, mentions: [...loaded.mentions].sort((a, b) => a.offset - b.offset) };
  }, [doc, index, id, loaded, load]);
}
