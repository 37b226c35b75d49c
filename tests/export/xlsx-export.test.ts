import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/domain/dataset-schema';
import { indicatorsXlsx } from '../../src/export/xlsx-export';
import { makeSmallDataset } from '../support/small-dataset';

/** The workbook's parts, and each sheet's cells by reference ('A1') as { type, text }. */
async function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name]!);
  const shared = Array.from(xml('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs), (m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  );
  const sheet = (n: number) => {
    const text = xml(`xl/worksheets/sheet${n}.xml`);
    const cells = new Map<string, { type: 'number' | 'text'; text: string; style: string | null }>();
    for (const m of text.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs)) {
      const attrs = m[2]!;
      const v = /<v>(.*?)<\/v>/.exec(m[3]!)?.[1] ?? '';
      const isText = / t="s"/.test(attrs);
      cells.set(m[1]!, {
        type: isText ? 'text' : 'number',
        text: isText ? shared[Number(v)]! : v,
        style: / s="(\d+)"/.exec(attrs)?.[1] ?? null,
      });
    }
    return { text, cells };
  };
  return { xml, sheet };
}

describe('indicatorsXlsx', () => {
  const dataset = makeSmallDataset();
  const growth: Observation = {
    role: 'target',
    period: '2025-12',
    value: 15,
    qualifier: '>=',
    basis: 'cagr',
    source: { document: 'cq-plan', quote: '年均增长15%以上', offset: 0 },
  };
  const loans = dataset.indicators[0]!;
  const input = {
    dataset,
    indicators: [{ ...loans, observations: [...loans.observations, growth] }, dataset.indicators[1]!],
    statuses: new Map([['cq-loans', 'on-track' as const]]),
    locale: 'zh-CN' as const,
  };

  it('has a sheet of indicators and one of sources, named in the UI language', async () => {
    const book = await open(await indicatorsXlsx(input));
    const names = Array.from(
      book.xml('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g),
      (m) => m[1],
    );
    expect(names).toEqual(['指标', '来源文件']);
    const sources = book.sheet(2).cells;
    expect(sources.get('A1')?.text).toBe('文件代码');
    expect(sources.get('A2')?.text).toBe('cq-plan');
    expect(sources.get('B2')?.text).toBe('重庆高新区金融发展“十四五”规划');
  });

  it('types values as numbers and periods, dates and codes as text cells', async () => {
    const { cells } = (await open(await indicatorsXlsx(input))).sheet(1);
    const header = [...cells].filter(([ref]) => /^[A-Z]+1$/.test(ref));
    const col = (name: string) => header.find(([, c]) => c.text === name)![0].replace(/1$/, '');
    expect(cells.get(`${col('数值')}2`)).toMatchObject({ type: 'number', text: '800' });
    expect(cells.get(`${col('期间')}2`)).toMatchObject({ type: 'text', text: '2021' });
    expect(cells.get(`${col('发布日期')}2`)).toMatchObject({ type: 'text', text: '2022-07-04' });
    const rows = [...cells].filter(([ref]) => ref.startsWith(col('口径代码')));
    const rateRow = rows.find(([, c]) => c.text === 'cagr')![0].replace(/^[A-Z]+/, '');
    expect(cells.get(`${col('数值')}${rateRow}`)).toMatchObject({ type: 'number', text: '15' });
    expect(cells.get(`${col('单位')}${rateRow}`)?.text).toBe('%');
    expect(cells.get(`${col('期间')}${rateRow}`)).toMatchObject({ type: 'text', text: '2025-M12' });
    // Text columns carry the text number format '@', so typing into them keeps text too.
    const styles = (await open(await indicatorsXlsx(input))).xml('xl/styles.xml');
    const periodStyle = Number(cells.get(`${col('期间')}2`)!.style);
    const xfs = styles
      .split('<cellXfs')[1]!
      .split('</cellXfs>')[0]!
      .match(/<xf\b[^>]*>/g)!;
    const fmt = /numFmtId="(\d+)"/.exec(xfs[periodStyle]!)?.[1];
    const textFormat =
      fmt === '49' || new RegExp(`<numFmt numFmtId="${fmt}" formatCode="@"`).test(styles) ? '@' : fmt;
    expect(textFormat).toBe('@');
  });

  it('freezes the header row and sets a width on every column', async () => {
    const { text, cells } = (await open(await indicatorsXlsx(input))).sheet(1);
    expect(text).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const headers = [...cells.keys()].filter((ref) => /^[A-Z]+1$/.test(ref)).length;
    const cols = Array.from(text.matchAll(/<col [^>]*width="(\d+(?:\.\d+)?)"/g), (m) => Number(m[1]));
    expect(cols).toHaveLength(headers);
    expect(cols.every((w) => w >= 8)).toBe(true);
  });

  it('writes English headers for the English UI', async () => {
    const { cells } = (await open(await indicatorsXlsx({ ...input, locale: 'en' }))).sheet(1);
    expect(cells.get('A1')?.text).toBe('Indicator code');
  });
});
