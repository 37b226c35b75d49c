// The queue: the catalogue's documents, each with its count of unreviewed figures, and where a new document
// is dropped or chosen.
import { reviewWord } from '../i18n/review-words';
import type { Locale } from '../i18n/translate';
import type { DocumentSummary } from './api';

interface Props {
  locale: Locale;
  documents: readonly DocumentSummary[];
  current: string | null;
  onOpen: (id: string) => void;
  onFile: (file: File | undefined) => void;
}

export function Queue({ locale, documents, current, onOpen, onFile }: Props) {
  const w = (key: Parameters<typeof reviewWord>[1], vars?: Record<string, number>) =>
    reviewWord(locale, key, vars);
  return (
    <nav aria-label={w('queue')} className="review-queue">
      <h2>{w('queue')}</h2>
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              aria-current={current === d.id ? 'true' : undefined}
              onClick={() => onOpen(d.id)}
            >
              <span className="doc-title">{d.title}</span>{' '}
              <span className={d.unreviewed ? 'count' : 'count done'}>
                {d.unreviewed ? w('unreviewed', { n: d.unreviewed }) : w('allReviewed')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div
        className="drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          onFile(e.dataTransfer.files[0]);
        }}
      >
        <p>{w('drop')}</p>
        <label className="choose">
          {w('choose')}
          <input
            type="file"
            accept=".txt,.html,.htm,.docx,.pdf"
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
    </nav>
  );
}
