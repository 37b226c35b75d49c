// A document's row of data/documents.csv as a form: for a dropped document, proposed from what its text says
// about itself, before it joins the catalogue; for a catalogued one, its row as written, to correct in place
// (its id and file stay).
import { useState } from 'react';
import type { ReportedProblem } from '../domain/catalogue/problem-codes';
import { reviewWord, type ReviewWord } from '../i18n/review-words';
import type { Locale } from '../i18n/translate';
import type { Cells, Vocabulary } from './api';
import { Field } from './Field';
import { ProblemList } from './ProblemList';

interface Props {
  locale: Locale;
  vocabulary: Vocabulary;
  heading: string;
  initial: Cells;
  /** A new document's id is the curator's to choose; a catalogued one's is referred to and stays. */
  idEditable: boolean;
  submitLabel: string;
  problems: ReportedProblem[];
  busy: boolean;
  onSubmit: (row: Cells) => void;
  onCancel: () => void;
}

const FIELDS = ['id', 'title', 'issuer', 'published', 'region', 'kind', 'note'] as const;

export function DocumentRowForm(props: Props) {
  const { locale, vocabulary, heading, initial, idEditable, submitLabel, problems, busy } = props;
  const [row, setRow] = useState<Cells>(() => Object.fromEntries(FIELDS.map((f) => [f, initial[f] ?? ''])));
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
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        const { id: _id, ...rest } = row;
        props.onSubmit(idEditable ? row : rest);
      }}
    >
      <h2>{heading}</h2>
      <div className="grid">
        {idEditable ? <Field {...field('id')} /> : <p>{`${reviewWord(locale, 'doc.id')}: ${row.id}`}</p>}
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
          <ProblemList locale={locale} problems={problems} />
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {reviewWord(locale, 'cancel')}
        </button>
      </div>
    </form>
  );
}
