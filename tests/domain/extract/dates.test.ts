import { describe, expect, it } from 'vitest';
import { compactDate, matchDuration, parseDateText } from '../../../src/domain/extract/dates';

describe('parseDateText', () => {
  it.each([
    // [text, class, period, value]
    ['2024年6月末', 'date', '2024-06', 2024],
    ['2024年6月底', 'date', '2024-06', 2024],
    ['2017年11月', 'date', '2017-11', 2017],
    ['20246月末', 'date', '2024-06', 2024],
    ['202412月底', 'date', '2024-12', 2024],
    ['2022627', 'date', '2022-06-27', 2022],
    ['2025427', 'date', '2025-04-27', 2025],
    ['2024313', 'date', '2024-03-13', 2024],
    ['20241231', 'date', '2024-12-31', 2024],
    ['2025-07-28', 'date', '2025-07-28', 2025],
    ['2022-06-27', 'date', '2022-06-27', 2022],
    ['2024.03.21', 'date', '2024-03-21', 2024],
    ['2018年5月17日', 'date', '2018-05-17', 2018],
    ['2022年11月18日', 'date', '2022-11-18', 2022],
    ['2017年末', 'date', '2017', 2017],
    ['2017年底', 'date', '2017', 2017],
    ['2021年', 'year', '2021', 2021],
    ['二〇三五年', 'year', '2035', 2035],
    ['2024年1-6月', 'date', '2024-06', 2024],
    ['2024年1至9月', 'date', '2024-09', 2024],
  ])('%s → %s %s', (text, cls, period, value) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: expect.objectContaining({ cls, period, value }) });
  });

  it.each([
    ['2024—2027年', 2024],
    ['20242027年', 2024],
    ['2024-2027年', 2024],
    ['2023-2027', 2023],
    ['2022-2025年', 2022],
    ['2024年至2027年', 2024],
    ['2012-2023', 2012],
  ])('%s is a year range from %d', (text, from) => {
    expect(parseDateText(text)).toEqual({
      ok: true,
      value: expect.objectContaining({ cls: 'year', value: from, range: true }),
    });
  });

  it.each([
    ['12月底', 2021, '2021-12'],
    ['12月', 2021, '2021-12'],
    ['5月17日', 2018, '2018-05-17'],
    ['1-6月', 2024, '2024-06'],
  ])('%s after a year context %d → %s', (text, year, period) => {
    expect(parseDateText(text, year)).toEqual({
      ok: true,
      value: expect.objectContaining({ cls: 'date', period }),
    });
  });

  it('a month without a year context has no period', () => {
    const r = parseDateText('12月底');
    expect(r.ok && r.value.period).toBe(undefined);
  });

  it.each(['2024年13月', '2022-13-01', '2023-02-30', '20241332', '6950', '上半年'])(
    '%s is not a date',
    (text) => {
      expect(parseDateText(text).ok).toBe(false);
    },
  );
});

describe('compactDate', () => {
  it.each([
    ['2022627', '2022-06-27'],
    ['2025427', '2025-04-27'],
    ['2024313', '2024-03-13'],
    ['2024111', '2024-01-11'],
    ['20240101', '2024-01-01'],
    ['202461', '2024-06-01'],
    ['2024999', null],
    ['63151723', null],
    ['1150010700927688', null],
  ])('%s → %s', (digits, period) => {
    expect(compactDate(digits)).toBe(period);
  });
});

describe('matchDuration', () => {
  it.each([
    ['5年左右', 5, true, true],
    ['两年', 2, true, false],
    ['三年内', 3, true, false],
    ['一年', 1, true, false],
    ['6个月', 6, false, false],
    ['十年', 10, true, false],
  ])('%s → %d', (text, value, years, approximate) => {
    expect(matchDuration(text, 0)).toEqual({ end: text.length, value, years, approximate });
  });
});
