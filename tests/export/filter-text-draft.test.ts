// The cover and print header say when the 待核 filter is on, in either language, beside the other filters.
import { describe, expect, it } from 'vitest';
import { filterText } from '../../src/export/filter-text';
import { EMPTY_FILTERS } from '../../src/store/store-types';
import { makeSmallDataset } from '../support/small-dataset';

const ds = makeSmallDataset();

describe('filterText with the 待核 filter', () => {
  it('names it, alone and with other filters', () => {
    expect(filterText({ ...EMPTY_FILTERS, draft: true }, ds, 'zh-CN')).toBe('仅待核（未经审核）');
    expect(filterText({ ...EMPTY_FILTERS, draft: true, topic: ['credit'] }, ds, 'en')).toMatch(
      /^Topic: Tech credit.*Unreviewed drafts only$/,
    );
  });

  it('says nothing of it when it is off', () => {
    expect(filterText(EMPTY_FILTERS, ds, 'en')).toBe('All indicators');
  });
});
