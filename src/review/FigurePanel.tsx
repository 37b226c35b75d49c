// The selected figure's draft as a form: its indicator (picked from the catalogue by search, or a new one),
// role, period, value, qualifier, basis, quote and note; what the build would report of it; and the three
// decisions. The page holds the form's state (src/review/form-state.ts) and sends the decision.
import { useId, type RefObject } from 'react';
import type { ReportedProblem } from '../domain/catalogue/problem-codes';
import { reviewWord, type ReviewWord } from '../i18n/review-words';
import type { Locale } from '../i18n/translate';
import type { Figure, Vocabulary } from './api';
import { Field } from './Field';
import { isCorrection, type FigureForm } from './form-state';
import { ProblemList } from './ProblemList';

interface Props {
  locale: Locale;
  vocabulary: Vocabulary;
  figure: Figure;
  form: FigureForm;
  onChange: (form: FigureForm) => void;
  problems: ReportedProblem[] | null;
  busy: boolean;
  reasonRef: RefObject<HTMLInputElement | null>;
  onAccept: () => void;
  onIgnore: () => void;
}

export function FigurePanel({
  locale,
  vocabulary,
  figure,
  form,
  onChange,
  problems,
  busy,
  reasonRef,
  onAccept,
  onIgnore,
}: Props) {
  const w = (key: ReviewWord, vars?: Record<string, string | number>) => reviewWord(locale, key, vars);
  const listId = useId();
  const reasonId = useId();
  const lang = locale === 'en' ? 'en' : 'zh';
  const obs = (field: string) => ({
    label: w(`obs.${field}` as ReviewWord),
    value: form.observation[field] ?? '',
    onChange: (v: string) => {
      const observation = { ...form.observation, [field]: v };
      // A new indicator's id follows the observation's, and the other way round.
      const indicator =
        field === 'indicator' && form.newIndicator ? { ...form.indicator, id: v } : form.indicator;
      onChange({ ...form, observation, indicator });
    },
  });
  const ind = (field: string) => ({
    label: w(`ind.${field}` as ReviewWord),
    value: form.indicator[field] ?? '',
    onChange: (v: string) =>
      onChange({
        ...form,
        indicator: { ...form.indicator, [field]: v },
        observation: field === 'id' ? { ...form.observation, indicator: v } : form.observation,
      }),
  });
  const chosen = vocabulary.indicators.find((i) => i.id === form.observation.indicator);
  const draft = figure.draft;
  const decided = figure.state !== 'draft';
  return (
    <section className="review-form" aria-labelledby="figure-heading">
      <h2 id="figure-heading">
        {w('form')}: <span className={`fig fig-${figure.state}`}>{figure.text}</span> —{' '}
        {w(`state.${figure.state}`)}
      </h2>
      {decided && figure.reason && <p>{figure.reason}</p>}
      {draft && 'observation' in draft && draft.observation.note && (
        <p className="hint">{w('draftWhy', { note: draft.observation.note })}</p>
      )}
      {draft && 'observation' in draft && draft.row && (
        <p className="hint">{w('draftRow', { row: draft.row })}</p>
      )}
      {draft && 'skipped' in draft && <p className="hint">{w('noDraft', { why: draft.skipped })}</p>}
      {draft && 'ignore' in draft && <p className="hint">{w('proposeIgnore', { why: draft.ignore })}</p>}
      {!decided && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onAccept();
          }}
        >
          <fieldset>
            <legend>{w('indicator')}</legend>
            <div className="field">
              <label htmlFor={`${listId}-in`}>{w('indicatorSearch')}</label>
              <input
                id={`${listId}-in`}
                name="indicator"
                list={listId}
                autoComplete="off"
                {...inputOf(obs('indicator'))}
              />
              <datalist id={listId}>
                {vocabulary.indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {`${i.name[lang]} · ${i.region} · ${i.unit}`}
                  </option>
                ))}
              </datalist>
              {chosen && !form.newIndicator && (
                <p className="hint">{`${chosen.name[lang]} (${chosen.region}, ${chosen.unit})`}</p>
              )}
            </div>
            <label className="check">
              <input
                type="checkbox"
                name="new-indicator"
                checked={form.newIndicator}
                onChange={(e) =>
                  onChange({
                    ...form,
                    newIndicator: e.target.checked,
                    indicator: e.target.checked
                      ? { ...form.indicator, id: form.indicator.id || form.observation.indicator || '' }
                      : form.indicator,
                    observation:
                      e.target.checked && form.indicator.id
                        ? { ...form.observation, indicator: form.indicator.id }
                        : form.observation,
                  })
                }
              />{' '}
              {w('newIndicator')}
            </label>
            {form.newIndicator && (
              <div className="grid">
                <Field {...ind('id')} name="ind-id" />
                <Field {...ind('name_zh')} name="ind-name_zh" />
                <Field {...ind('name_en')} name="ind-name_en" />
                <Field
                  {...ind('region')}
                  name="ind-region"
                  options={vocabulary.regions.map((r) => ({
                    value: r.id,
                    label: `${r.name[lang]} (${r.id})`,
                  }))}
                />
                <Field
                  {...ind('topic')}
                  name="ind-topic"
                  options={vocabulary.topics.map((t) => ({
                    value: t.id,
                    label: `${t.name[lang]} (${t.id})`,
                  }))}
                />
                <Field {...ind('unit')} name="ind-unit" options={vocabulary.units} />
                <Field {...ind('measure')} name="ind-measure" options={vocabulary.measures} />
                <Field {...ind('direction')} name="ind-direction" options={vocabulary.directions} />
              </div>
            )}
          </fieldset>
          <div className="grid">
            <Field {...obs('role')} name="role" options={vocabulary.roles} />
            <Field {...obs('period')} name="period" />
            <Field {...obs('value')} name="value" />
            <Field {...obs('qualifier')} name="qualifier" options={vocabulary.qualifiers} />
            <Field {...obs('basis')} name="basis" options={vocabulary.bases} />
            <Field {...obs('since')} name="since" />
          </div>
          <Field {...obs('quote')} name="quote" multiline />
          <Field {...obs('note')} name="note" />
          <div role="status" aria-live="polite" className="problems">
            {problems === null ? (
              <p>{w('checking')}</p>
            ) : problems.length ? (
              <>
                <p>{w('problems')}</p>
                <ProblemList locale={locale} problems={problems} />
              </>
            ) : (
              <p>{w('noProblems')}</p>
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={busy} aria-keyshortcuts="a">
              {w(
                isCorrection(form) ||
                  form.newIndicator !== Boolean(draft && 'observation' in draft && draft.indicator)
                  ? 'correct'
                  : 'accept',
              )}{' '}
              (a)
            </button>
          </div>
          <div className="ignore">
            <label htmlFor={reasonId}>{w('reason')}</label>
            <input
              id={reasonId}
              name="reason"
              ref={reasonRef}
              value={form.reason}
              autoComplete="off"
              onChange={(e) => onChange({ ...form, reason: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  onIgnore();
                }
              }}
            />
            <button type="button" disabled={busy} aria-keyshortcuts="i" onClick={onIgnore}>
              {w('ignore')} (i)
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function inputOf(f: { value: string; onChange: (v: string) => void }) {
  return { value: f.value, onChange: (e: { target: { value: string } }) => f.onChange(e.target.value) };
}
