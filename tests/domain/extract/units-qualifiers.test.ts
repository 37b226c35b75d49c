import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../../src/domain/extract/figure';
import { qualifierOf } from '../../../src/domain/extract/qualifiers';
import { readUnit, unitOfCell } from '../../../src/domain/extract/units';

describe('parseFigure: units and multipliers', () => {
  it.each([
    ['6950亿元', 6950, '亿元'],
    ['236.46亿元', 236.46, '亿元'],
    ['2781万元', 0.2781, '亿元'],
    ['200万元', 0.02, '亿元'],
    ['5000元', 0.00005, '亿元'],
    ['1.3万亿元', 13000, '亿元'],
    ['5千万元', 0.5, '亿元'],
    ['1.3万家', 13000, '家'],
    ['42.4%', 42.4, '%'],
    ['3个百分点', 3, '%'],
    ['7个', 7, '个'],
    ['19项', 19, '项'],
    ['100款', 100, '款'],
    ['20场', 20, '场'],
    ['9笔', 9, '笔'],
    ['19条', 19, '条'],
    ['3件', 3, '件'],
    ['100人', 100, '人'],
    ['50名', 50, '人'],
    ['2次', 2, '次'],
    ['10只', 10, '只'],
    ['3万户', 30000, '户'],
    ['4支', 4, '支'],
    ['2倍', 2, '倍'],
    ['816', 816, null],
    ['1.3万', 13000, null],
    ['十五条', 15, '条'],
    ['二十条', 20, '条'],
    ['三大', 3, '个'],
    ['六项', 6, '项'],
    ['两大', 2, '个'],
  ])('%s → %d %s', (phrase, value, unit) => {
    const r = parseFigure(phrase);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.value).toBeCloseTo(value, 12);
      expect(r.value.value).toBe(value);
      expect(r.value.unit).toBe(unit);
    }
  });

  it.each(['亿元', '一批', '一体化', '十四五x', 'abc', '一个'])('%s is not a figure', (phrase) => {
    expect(parseFigure(phrase).ok).toBe(false);
  });

  it('reads the longest unit word', () => {
    expect(readUnit('万元以上', 0)?.word).toBe('万元');
    expect(readUnit('个百分点', 0)?.unit).toBe('%');
    expect(readUnit('个', 0)?.unit).toBe('个');
    expect(readUnit('中心', 0)).toBeNull();
    expect(unitOfCell('亿元')?.unit).toBe('亿元');
    expect(unitOfCell('亿元以上')).toBeNull();
  });
});

describe('qualifiers', () => {
  it.each([
    ['500亿元以上', 500, '亿元', '>='],
    ['8%以上', 8, '%', '>='],
    ['15%以上', 15, '%', '>='],
    ['50家及以上', 50, '家', '>='],
    ['不低于50家', 50, '家', '>='],
    ['不少于3项', 3, '项', '>='],
    ['超过100家', 100, '家', '>'],
    ['突破18亿元', 18, '亿元', '>'],
    ['逾20亿元', 20, '亿元', '>'],
    ['100余款', 100, '款', '>'],
    ['2000余家', 2000, '家', '>'],
    ['300多亿元', 300, '亿元', '>'],
    ['100多万元', 0.01, '亿元', '>'],
    ['约30亿元', 30, '亿元', '~'],
    ['大约5家', 5, '家', '~'],
    ['30亿元左右', 30, '亿元', '~'],
    ['10%以下', 10, '%', '<='],
    ['不超过5%', 5, '%', '<='],
    ['3%以内', 3, '%', '<='],
    ['低于2%', 2, '%', '<'],
    ['42家', 42, '家', '='],
  ])('%s → %d %s %s', (phrase, value, unit, qualifier) => {
    expect(parseFigure(phrase)).toEqual({ ok: true, value: { value, unit, qualifier } });
    expect(qualifierOf(phrase)).toBe(qualifier);
  });
});
