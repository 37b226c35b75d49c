// A dropped document's row of data/documents.csv, proposed from what its text says about itself, for the
// curator to check before the document joins the catalogue.
import { useState } from 'react';
import { reviewWord, type ReviewWord } from '../i18n/review-words';
import type { Locale } from '../i18n/translate';
import type { Cells, Upload, Vocabulary } from './api';
import { Field } from './Field';

interface Props {
  locale: Locale;
  vocabulary: Vocabulary;
  upload: Upload;
  problems: string[];
  busy: boolean;
  onAdd: (row: Cells) => void;
  onCancel: () => void;
}

const FIELDS = ['id', 'title', 'issuer', 'published', 'region', 'kind', 'note'] as const;

export function NewDocument({ locale, vocabulary, upload, problems, busy, onAdd, onCancel }: Props) {
  const [row, setRow] = useState<Cells>(() =>
    Object.fromEntries(FIELDS.map((f) => [f, upload.row[f] ?? ''])),
  );
  const lang = locale === 'en' ? 'en' : 'zh';
  const field = (f: (typeof FIELDS)[number]) => ({
    label: reviewWord(locale, `doc.${f}` as ReviewWord),
    name: `doc-${f}`,
    value: row[f] ?? '',
    onChange: (v: string) => setRow({ ...row, [f]: v }),
  });
  return (
    <form
      className="review-form"
      aria-labelledby="new-doc"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(row);
      }}
    >
      <h2 id="new-doc">{reviewWord(locale, 'newDocument', { file: upload.file })}</h2>
      <div className="grid">
        <Field {...field('id')} />
        <Field {...field('published')} />
        <Field
          {...field('region')}
          options={vocabulary.regions.map((r) => ({ value: r.id, label: `${r.name[lang]} (${r.id})` }))}
        />
        <Field {...field('kind')} options={vocabulary.kinds} />
      </div>
      <Field {...field('title')} />
      <Field {...field('issuer')} />
      <Field {...field('note')} />
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{reviewWord(locale, 'problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {reviewWord(locale, 'addDocument')}
        </button>
        <button type="button" onClick={onCancel}>
          {reviewWord(locale, 'cancel')}
        </button>
      </div>
    </form>
  );
}
