// Known facts per seed document: the extractor must find each with its value, unit, qualifier, class and period.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { decodeDocument } from '../../../src/domain/text/decode';
import { normalizeText } from '../../../src/domain/text/normalize';
import type { Mention } from '../../../src/domain/types';

const SEEDS = {
  '000': 'seeds/000_0294bc5628748d2f.txt',
  '001': 'seeds/001_416c52ec199fdc45.txt',
  '002': 'seeds/002_918b6d436871ed29.txt',
  '003': 'seeds/003_d9c7dee2c25caa64.txt',
  '004': 'seeds/004_9f09ba1eb4098b5c.txt',
} as const;

function load(file: string): { text: string; mentions: Mention[] } {
  const decoded = decodeDocument(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.error);
  const text = normalizeText(decoded.value);
  return { text, mentions: extractMentions(text) };
}

type Fact = [text: string, expected: Partial<Mention>];

const FACTS: Record<keyof typeof SEEDS, Fact[]> = {
  '000': [
    ['6950亿元', { value: 6950, unit: '亿元', qualifier: '=', class: 'figure', period: '2024-06' }],
    ['1.3万家', { value: 13000, unit: '家', class: 'figure' }],
    ['236.46亿元', { value: 236.46, unit: '亿元', class: 'figure' }],
    ['100余款', { value: 100, unit: '款', qualifier: '>', class: 'figure' }],
    ['42.4%', { value: 42.4, unit: '%', class: 'figure', period: '2024-06' }],
    ['816', { value: 816, unit: null, class: 'figure', period: '2024-06' }],
    ['50%以上', { value: 50, unit: '%', qualifier: '>=', class: 'figure' }],
    ['15家', { value: 15, unit: '家', class: 'figure' }],
    ['27家', { value: 27, unit: '家', class: 'figure' }],
    ['三大', { value: 3, unit: '个', class: 'figure' }],
    ['四大', { value: 4, unit: '个', class: 'figure' }],
    ['19条', { value: 19, unit: '条', class: 'figure' }],
    ['十五条', { value: 15, unit: '条', class: 'figure' }],
    ['20246月末', { class: 'date', period: '2024-06' }],
    ['63151723', { class: 'phone' }],
    ['第1207号', { class: 'doc-number', value: 1207 }],
    ['2025427', { class: 'date', period: '2025-04-27' }],
    ['2025-07-28', { class: 'date', period: '2025-07-28' }],
    ['2025-00022', { class: 'doc-number' }],
    ['六届三次会议', { class: 'meeting' }],
    ['第三次会议', { class: 'meeting' }],
    ['20242027年', { class: 'year', value: 2024 }],
    ['2024-2027年', { class: 'year', value: 2024 }],
    ['2023-2027', { class: 'year', value: 2023 }],
    ['第2个', { class: 'ordinal', value: 2 }],
    ['首个', { class: 'ordinal', value: 1 }],
    ['近两年', { class: 'duration', value: 2, unit: '年' }],
    ['双倍增', { class: 'name' }],
    ['(四)', { class: 'list-marker', value: 4 }],
  ],
  '001': [
    ['54.6亿元', { value: 54.6, unit: '亿元', class: 'figure', period: '2021' }],
    ['9.3%', { value: 9.3, unit: '%', class: 'figure', period: '2021' }],
    ['737.7亿元', { value: 737.7, unit: '亿元', class: 'figure', period: '2021-12' }],
    ['536.2亿元', { value: 536.2, unit: '亿元', class: 'figure', period: '2021-12' }],
    ['608.2亿元', { value: 608.2, unit: '亿元', class: 'figure', period: '2021-12' }],
    ['512亿元', { value: 512, unit: '亿元', class: 'figure', period: '2021-12' }],
    ['117.2%', { value: 117.2, unit: '%', class: 'figure' }],
    ['102.7%', { value: 102.7, unit: '%', class: 'figure' }],
    ['34家', { value: 34, unit: '家', class: 'figure' }],
    ['18家', { value: 18, unit: '家', class: 'figure' }],
    ['7家', { value: 7, unit: '家', class: 'figure' }],
    ['5家', { value: 5, unit: '家', class: 'figure' }],
    ['2家', { value: 2, unit: '家', class: 'figure' }],
    ['突破18亿元', { value: 18, unit: '亿元', qualifier: '>', class: 'figure', period: '2021' }],
    ['123%', { value: 123, unit: '%', class: 'figure', period: '2021' }],
    ['5928家', { value: 5928, unit: '家', class: 'figure' }],
    ['135项', { value: 135, unit: '项', class: 'figure' }],
    ['13.34亿元', { value: 13.34, unit: '亿元', class: 'figure' }],
    ['42家', { value: 42, unit: '家', class: 'figure', period: '2025' }],
    ['50家', { value: 50, unit: '家', class: 'figure', period: '2025' }],
    ['500亿元', { value: 500, unit: '亿元', class: 'figure', period: '2025' }],
    ['10家', { value: 10, unit: '家', class: 'figure', period: '2025' }],
    ['8%以上', { value: 8, unit: '%', qualifier: '>=', class: 'figure' }],
    ['15%以上', { value: 15, unit: '%', qualifier: '>=', class: 'figure', period: '2025' }],
    ['8以上', { value: 8, unit: '%', qualifier: '>=', class: 'figure' }],
    ['2022627', { class: 'date', period: '2022-06-27' }],
    ['渝高新办发〔2022〕41号', { class: 'doc-number' }],
    ['1150010700927688XM/2022-00167', { class: 'doc-number' }],
    ['第14次办公会', { class: 'meeting' }],
    ['12月底', { class: 'date', period: '2021-12' }],
    ['2022-2025年', { class: 'year' }],
    ['二〇三五', { class: 'name' }],
    ['十四五', { class: 'name', value: 14 }],
    ['1+1+N', { class: 'name' }],
    ['1+5+N', { class: 'name' }],
    ['O2O', { class: 'name' }],
    ['11', { class: 'name' }],
    ['2.0', { class: 'name' }],
    ['六项', { value: 6, unit: '项', class: 'figure' }],
    ['三年内', { class: 'duration', value: 3 }],
    ['一中心两高地', { class: 'name' }],
    ['2019年', { class: 'year' }],
  ],
  '002': [
    ['37亿元', { value: 37, unit: '亿元', class: 'figure', period: '2017' }],
    ['115.87亿元', { value: 115.87, unit: '亿元', class: 'figure', period: '2017' }],
    ['2608.6亿元', { value: 2608.6, unit: '亿元', class: 'figure', period: '2017' }],
    ['800亿元', { value: 800, unit: '亿元', class: 'figure', period: '2017' }],
    ['13%', { value: 13, unit: '%', class: 'figure', period: '2017' }],
    ['300多亿元', { value: 300, unit: '亿元', qualifier: '>', class: 'figure', period: '2017' }],
    ['75.5亿元', { value: 75.5, unit: '亿元', class: 'figure' }],
    ['4家', { value: 4, unit: '家', class: 'figure' }],
    ['1.3亿元', { value: 1.3, unit: '亿元', class: 'figure' }],
    ['89家', { value: 89, unit: '家', class: 'figure' }],
    ['200万元', { value: 0.02, unit: '亿元', class: 'figure', period: '2017' }],
    ['798家', { value: 798, unit: '家', class: 'figure' }],
    ['288家', { value: 288, unit: '家', class: 'figure' }],
    ['88家', { value: 88, unit: '家', class: 'figure' }],
    ['25家', { value: 25, unit: '家', class: 'figure' }],
    ['48.3亿元', { value: 48.3, unit: '亿元', class: 'figure', period: '2017' }],
    ['36家', { value: 36, unit: '家', class: 'figure', period: '2017' }],
    ['300家', { value: 300, unit: '家', class: 'figure', period: '2017-11' }],
    ['2000余家', { value: 2000, unit: '家', qualifier: '>', class: 'figure', period: '2017-11' }],
    ['3亿元', { value: 3, unit: '亿元', class: 'figure' }],
    ['11亿元', { value: 11, unit: '亿元', class: 'figure' }],
    ['1亿元', { value: 1, unit: '亿元', class: 'figure' }],
    ['7家', { value: 7, unit: '家', class: 'figure' }],
    ['9笔', { value: 9, unit: '笔', class: 'figure' }],
    ['2781万元', { value: 0.2781, unit: '亿元', class: 'figure', period: '2017' }],
    ['9.27亿元', { value: 9.27, unit: '亿元', class: 'figure' }],
    ['6个', { value: 6, unit: '个', class: 'figure' }],
    ['两大', { value: 2, unit: '个', class: 'figure' }],
    ['67572127', { class: 'phone' }],
    ['渝金议〔2018〕1号', { class: 'doc-number' }],
    ['渝银监发〔2016〕13号', { class: 'doc-number' }],
    ['渝银发〔2017〕64号', { class: 'doc-number' }],
    ['第0108号', { class: 'doc-number' }],
    ['五届一次会议', { class: 'meeting' }],
    ['2018年5月17日', { class: 'date', period: '2018-05-17' }],
    ['2017年末', { class: 'date', period: '2017' }],
    ['2017年11月', { class: 'date', period: '2017-11' }],
  ],
  '003': [
    ['500亿元以上', { value: 500, unit: '亿元', qualifier: '>=', class: 'figure', period: '2027' }],
    ['10%以上', { value: 10, unit: '%', qualifier: '>=', class: 'figure', period: '2027' }],
    ['20场以上', { value: 20, unit: '场', qualifier: '>=', class: 'figure' }],
    ['50家以上', { value: 50, unit: '家', qualifier: '>=', class: 'figure' }],
    ['100家以上', { value: 100, unit: '家', qualifier: '>=', class: 'figure' }],
    ['33618', { class: 'name', value: 33618 }],
    ['20242027年', { class: 'year', value: 2024 }],
    ['20242027', { class: 'year', value: 2024 }],
    ['2024—2027年', { class: 'year', value: 2024 }],
    ['2024313', { class: 'date', period: '2024-03-13' }],
    ['2024-03-21', { class: 'date', period: '2024-03-21' }],
    ['渝经信融资20246', { class: 'doc-number' }],
    ['第6次党组会议', { class: 'meeting' }],
    ['二十大', { class: 'meeting' }],
    ['500强', { class: 'name' }],
    ['四链', { class: 'name' }],
    ['四大', { value: 4, unit: '个', class: 'figure' }],
    ['三年', { class: 'duration', value: 3 }],
    ['+86-023-67862888', { class: 'phone' }],
    ['+86-023-89018885', { class: 'phone' }],
    ['渝ICP备12005872号-9', { class: 'doc-number' }],
    ['渝公网安备 50010502000535号', { class: 'doc-number' }],
    ['2012-2023', { class: 'year' }],
  ],
  '004': [
    ['2022年11月18日', { class: 'date', period: '2022-11-18' }],
    ['7个', { value: 7, unit: '个', class: 'figure' }],
    ['19项', { value: 19, unit: '项', class: 'figure' }],
    ['5年左右', { class: 'duration', value: 5, qualifier: '~' }],
    ['5G', { class: 'name' }],
    ['第五代', { class: 'ordinal' }],
    ['六位一体', { class: 'name' }],
    ['(二十二)', { class: 'list-marker', value: 22 }],
    ['2.', { class: 'list-marker', value: 2 }],
  ],
};

describe.each(Object.entries(SEEDS))('seed %s', (id, file) => {
  const { text, mentions } = load(file);

  it.each(FACTS[id as keyof typeof SEEDS])('%s', (mentionText, expected) => {
    const m = mentions.find((x) => x.text === mentionText);
    expect(m, `"${mentionText}" not found`).toBeDefined();
    expect(m).toMatchObject(expected);
  });

  it('mentions are sorted, non-overlapping and point into the text', () => {
    let end = 0;
    for (const m of mentions) {
      expect(m.offset).toBeGreaterThanOrEqual(end);
      expect(text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
      end = m.offset + m.text.length;
    }
  });

  it('every figure is a real quantity with a finite value', () => {
    for (const m of mentions.filter((x) => x.class === 'figure')) {
      expect(Number.isFinite(m.value), m.text).toBe(true);
    }
  });
});

describe('seed 001 table', () => {
  it('reads the 序号 column as list markers and the target cells as figures', () => {
    const { text, mentions } = load(SEEDS['001']);
    const tableStart = text.indexOf('\n序号\n');
    const tableEnd = text.indexOf('四、主要任务');
    const cells = mentions.filter((m) => m.offset > tableStart && m.offset < tableEnd && m.class !== 'name');
    expect(cells.map((m) => `${m.text}:${m.class}:${m.value}${m.unit ?? ''}`)).toEqual([
      '2025年:year:2025',
      '1:list-marker:1',
      '8以上:figure:8%',
      '2:list-marker:2',
      '15以上:figure:15%',
      '3:list-marker:3',
      '15以上:figure:15%',
      '4:list-marker:4',
      '42:figure:42',
      '5:list-marker:5',
      '50:figure:50',
      '6:list-marker:6',
      '500:figure:500亿元',
      '7:list-marker:7',
      '10:figure:10',
    ]);
  });
});
