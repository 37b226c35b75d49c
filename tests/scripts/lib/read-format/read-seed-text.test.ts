// Every accepted format reads into the text the .txt gives: each of the five seeds, turned into a saved
// government page, a Word file and a printed PDF by code (tests/support/format-fixtures.ts), must give a
// normalised text that holds every sentence of the seed that a curated figure is quoted from, exactly, so
// the curator's quotes are found in it; and nothing of the page's menus, breadcrumbs or footer.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WholeDataset } from '../../../../src/domain/dataset-schema';
import { normalizeText } from '../../../../src/domain/text/normalize';
import { readSeedText } from '../../../../scripts/lib/read-format/read-seed-text';
import { readTxt } from '../../../../scripts/lib/read-format/txt';
import { CHROME_WORDS, governmentPage, printedPdfs, wordFile } from '../../../support/format-fixtures';

const golden = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as WholeDataset;

interface Seed {
  file: string;
  title: string;
  text: string;
  /** The seed's lines, as the paragraphs of the page, the Word file and the PDF. */
  paragraphs: string[];
  /** Every sentence of the seed that holds a curated quote. */
  sentences: string[];
}

function seedOf(id: string, file: string, title: string): Seed {
  const read = readTxt(readFileSync(file));
  if (!read.ok) throw new Error(read.error);
  const text = normalizeText(read.value);
  const quotes = golden.indicators.flatMap((i) =>
    i.observations.filter((o) => o.source.document === id).map((o) => o.source.quote),
  );
  // A quote across a table's cells spans the blank lines between them in the .txt; the paragraphs the other
  // formats are made of have no empty ones, so such a sentence is looked for with single line ends.
  const sentences = [...new Set(quotes.map((q) => sentenceAround(text, q).replace(/\n+/g, '\n')))];
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { file, title, text, paragraphs, sentences };
}

/** The sentence of `text` holding `quote`: from the last stop before it to the next one after it. */
function sentenceAround(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not in its seed: ${quote}`);
  const stops = /[。！？；\n]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1] as string)) start--;
  let end = at + quote.length;
  while (end < text.length && !stops.test(text[end] as string)) end++;
  return text.slice(start, end).trim();
}

const seeds = golden.documents.map((d) => seedOf(d.id, d.file, d.title));
const read = async (name: string, bytes: Uint8Array) => {
  const r = await readSeedText(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return normalizeText(r.value);
};
const missing = (text: string, sentences: readonly string[]) => sentences.filter((s) => !text.includes(s));

describe('the seeds hold figures to check against', () => {
  it('four of the five seeds have quoted sentences (the fifth sets no figure)', () => {
    expect(seeds.map((s) => s.sentences.length > 0)).toEqual([true, true, true, true, false]);
    expect(seeds.reduce((n, s) => n + s.sentences.length, 0)).toBeGreaterThan(20);
  });
});

describe('a government page (.html) reads as its main text', () => {
  it.each(seeds.map((s) => [s.file, s] as const))('%s', async (_file, seed) => {
    const page = governmentPage(seed.paragraphs, seed.title);
    const text = await read('seeds/page.html', new TextEncoder().encode(page));
    expect(missing(text, seed.sentences)).toEqual([]);
    expect(CHROME_WORDS.filter((w) => text.includes(w))).toEqual([]);
    // The page's heading is kept (Readability takes it out of the article).
    expect(text.split(seed.title).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps an article whose wrapper has a furniture-like class name', async () => {
    // A seed without a metadata table of its own (a wrapper holding one is always kept).
    const seed = seeds.find((s) => s.sentences.length > 0 && !s.text.includes('索引号')) as Seed;
    const page = governmentPage(seed.paragraphs, seed.title).replace(
      '<div class="content">',
      '<div class="content main-nav-content">',
    );
    const text = await read('seeds/page.html', new TextEncoder().encode(page));
    expect(missing(text, seed.sentences)).toEqual([]);
  });

  it('keeps the metadata table, in front of the title, and reads a GBK page by its meta charset', async () => {
    const page = governmentPage(
      ['截至2024年6月末,全市科技型企业贷款余额6950亿元、同比增长42.4%。'.repeat(3)],
      '关于科技金融工作情况的通知',
      '[ 索引号 ]11500000/2025-00022 [ 发文字号 ]渝金发〔2025〕3号 [ 发布机构 ]市地方金融管理局 [ 成文日期 ]2025-07-28',
    ).replace('charset="utf-8"', 'charset="gbk"');
    const { encode } = await import('iconv-lite');
    const text = await read('seeds/page.htm', new Uint8Array(encode(page, 'gbk')));
    expect(text.split('\n').slice(0, 2)).toEqual([
      '[ 索引号 ]11500000/2025-00022 [ 发文字号 ]渝金发〔2025〕3号 [ 发布机构 ]市地方金融管理局 [ 成文日期 ]2025-07-28',
      '关于科技金融工作情况的通知',
    ]);
    expect(text).toContain('全市科技型企业贷款余额6950亿元、同比增长42.4%。');
  });
});

describe('a Word file (.docx) reads as its paragraphs, one a line', () => {
  it.each(seeds.map((s) => [s.file, s] as const))('%s', async (_file, seed) => {
    const text = await read('seeds/a.docx', await wordFile(seed.paragraphs));
    expect(missing(text, seed.sentences)).toEqual([]);
    expect(text).toBe(`${seed.paragraphs.join('\n')}\n`);
  });
});

describe('a PDF with a text layer (.pdf) reads as its paragraphs, wrapped lines joined', () => {
  let pdfs: Uint8Array[] = [];
  beforeAll(async () => {
    pdfs = await printedPdfs(seeds.map((s) => s.paragraphs));
  }, 120_000);

  it.each(seeds.map((s, i) => [s.file, s, i] as const))('%s', async (_file, seed, i) => {
    const text = await read('seeds/a.pdf', pdfs[i] as Uint8Array);
    expect(missing(text, seed.sentences)).toEqual([]);
    // Lines of the layout are joined back into the seed's paragraphs (a space at a wrap is lost, as in
    // any PDF, so lines are compared without spaces).
    const lines = (s: string) => s.split('\n').map((l) => l.replace(/\s/g, ''));
    const got = new Set(lines(text));
    const unmatched = seed.paragraphs.filter((p) => !got.has(p.replace(/\s/g, '')));
    expect(unmatched).toEqual([]);
  });
});

describe('the format is the extension, and each has a size limit', () => {
  it.each([
    ['seeds/a.doc', 'unsupported format: .doc files are not read (save it as .docx from Word or WPS)'],
    ['seeds/a.xlsx', 'unsupported format: .xlsx files are not read; seeds/ accepts'],
    ['seeds/README', 'unsupported format: a file without an extension is not read'],
  ])('%s is refused', async (name, message) => {
    const r = await readSeedText(name, new TextEncoder().encode('一二三'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it.each([
    ['seeds/a.txt', 2],
    ['seeds/a.html', 8],
    ['seeds/a.docx', 32],
    ['seeds/a.pdf', 32],
  ] as const)('%s over %i MB is refused unread', async (name, mb) => {
    const r = await readSeedText(name, new Uint8Array(mb * 1024 * 1024 + 1));
    expect(r).toEqual({
      ok: false,
      error: `larger than ${mb} MB, far more than a policy document: is it the right file? Keep only the text of the document`,
    });
  });

  it('reads an upper-case extension as its format', async () => {
    const r = await readSeedText('seeds/A.DOCX', await wordFile(['第一段', '第二段']));
    expect(r).toEqual({ ok: true, value: '第一段\n第二段\n' });
  });
});
