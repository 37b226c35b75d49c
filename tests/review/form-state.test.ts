// The review form from a figure's draft, the decision it sends, and which figure comes next.
import { describe, expect, it } from 'vitest';
import type { DocumentView, Figure } from '../../src/review/api';
import {
  acceptDecision,
  formFor,
  ignoreDecision,
  isCorrection,
  nextDraft,
} from '../../src/review/form-state';

const observation = {
  indicator: 'cq-tech-loan-balance',
  role: 'actual',
  period: '2025-06',
  value: '8000',
  qualifier: '=',
  basis: 'level',
  since: '',
  document: 'd',
  quote: '贷款余额8000亿元',
  note: 'draft: continues cq-tech-loan-balance',
};
const figure = (offset: number, state: Figure['state'] = 'draft', draft?: Figure['draft']): Figure => ({
  offset,
  text: `${offset}亿元`,
  value: offset,
  unit: '亿元',
  qualifier: '=',
  state,
  ...(draft ? { draft } : {}),
});
const view: DocumentView = {
  version: 'v1',
  id: 'd',
  title: 't',
  file: 'seeds/d.txt',
  text: '',
  figures: [],
  row: null,
};

describe('formFor', () => {
  it('takes the drafted rows, without the draft’s own note', () => {
    const form = formFor(figure(1, 'draft', { observation }));
    const { document: _document, ...cells } = observation;
    expect(form.observation).toEqual({ ...cells, note: '' });
    expect(form.newIndicator).toBe(false);
    expect(isCorrection(form)).toBe(false);
  });

  it('a draft with a new indicator ticks "new indicator"', () => {
    const form = formFor(
      figure(1, 'draft', { observation, indicator: { id: 'x', name_zh: '名', note: 'draft: new' } }),
    );
    expect(form.newIndicator).toBe(true);
    expect(form.indicator).toMatchObject({ id: 'x', name_zh: '名', note: '', region: '' });
  });

  it('a figure without a draft starts from its own value, with the reason it was not drafted', () => {
    const form = formFor(figure(7, 'draft', { skipped: 'no subject in its clause' }));
    expect(form.observation).toMatchObject({ value: '7', quote: '7亿元', indicator: '', role: 'actual' });
    expect(form.reason).toBe('no subject in its clause');
  });

  it('an edited cell is a correction', () => {
    const form = formFor(figure(1, 'draft', { observation }));
    expect(isCorrection({ ...form, observation: { ...form.observation, period: '2025-03' } })).toBe(true);
  });
});

describe('decisions', () => {
  const form = formFor(figure(1, 'draft', { observation }));
  it('accept sends the observation of this document, and a new indicator only when ticked', () => {
    const d = acceptDecision(view, figure(1), form);
    expect(d).toMatchObject({ version: 'v1', action: 'accept', document: 'd', offset: 1 });
    expect(d.observation.document).toBe('d');
    expect(d).not.toHaveProperty('indicator');
    expect(acceptDecision(view, figure(1), { ...form, newIndicator: true })).toHaveProperty('indicator');
  });

  it('ignore names the figure inside the quote, with the reason', () => {
    expect(ignoreDecision(view, figure(1), { ...form, reason: 'not tracked' }).ignore).toEqual({
      document: 'd',
      quote: '贷款余额8000亿元',
      text: '1亿元',
      reason: 'not tracked',
    });
  });
});

describe('nextDraft', () => {
  const figures = [figure(10), figure(20, 'reviewed'), figure(30), figure(40, 'ignored'), figure(50)];
  it.each([
    [null, 1, 10],
    [10, 1, 30],
    [30, 1, 50],
    [50, 1, 10],
    [20, 1, 30],
    [30, -1, 10],
    [10, -1, 50],
  ] as const)('from %s by %i: %i', (from, step, to) => {
    expect(nextDraft(figures, from, step)?.offset).toBe(to);
  });

  it('none left: null', () => {
    expect(nextDraft([figure(1, 'reviewed')], 1, 1)).toBeNull();
  });
});
