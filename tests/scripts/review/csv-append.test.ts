// One appended row keeps every byte of the file before it: its line ends, a BOM, a missing last newline,
// its column order; cells are quoted only where CSV needs it.
import { describe, expect, it } from 'vitest';
import {
  appendRow,
  csvLine,
  headerOf,
  removeRow,
  replaceRow,
  withColumn,
} from '../../../scripts/lib/review/csv-append';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('appendRow', () => {
  it.each([
    ['LF', 'a,b\n1,2\n', 'a,b\n1,2\nx,y\n'],
    ['CRLF', 'a,b\r\n1,2\r\n', 'a,b\r\n1,2\r\nx,y\r\n'],
    ['no last newline', 'a,b\n1,2', 'a,b\n1,2\nx,y\n'],
    ['a BOM', '\uFEFFa,b\n', '\uFEFFa,b\nx,y\n'],
    ['columns in the file’s order', 'b,a\n', 'b,a\ny,x\n'],
  ])('%s', (_, before, after) => {
    expect(appendRow(bytes(before), { a: 'x', b: 'y' }).toString('utf8')).toBe(after);
  });
});

describe('csvLine', () => {
  it.each([
    [{ q: 'plain' }, 'plain'],
    [{ q: '截至2024年6月末,全市' }, '"截至2024年6月末,全市"'],
    [{ q: 'say "hi"' }, '"say ""hi"""'],
    [{ q: 'two\nlines' }, '"two\nlines"'],
    [{ q: '中文，全角逗号' }, '中文，全角逗号'],
    [{}, ''],
  ])('%o → %s', (cells, line) => {
    expect(csvLine(['q'], cells)).toBe(line);
  });

  it('a column not given is an empty cell', () => {
    expect(csvLine(['a', 'b', 'c'], { b: '2' })).toBe(',2,');
  });
});

describe('headerOf', () => {
  it('reads the header line, BOM and spaces aside', () => {
    expect(headerOf(bytes('\uFEFFid, name_zh ,note\r\nx,y,z\r\n'))).toEqual(['id', 'name_zh', 'note']);
  });
});

describe('replaceRow', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n', 2, 'a,b\nx,y\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', 3, 'a,b\r\n1,2\r\nx,y\r\n'],
    ['the last line without its end', 'a,b\n1,2', 2, 'a,b\nx,y'],
    ['a record over two lines', 'a,b\n"one\ntwo",2\n3,4\n', 2, 'a,b\nx,y\n3,4\n'],
    ['after a record over two lines', 'a,b\n"one\ntwo",2\n3,4\n', 4, 'a,b\n"one\ntwo",2\nx,y\n'],
  ])('%s', (_, before, line, after) => {
    expect(replaceRow(bytes(before), line, { a: 'x', b: 'y' }).toString('utf8')).toBe(after);
  });
});

describe('removeRow', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n', 2, 'a,b\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', 3, 'a,b\r\n1,2\r\n'],
    ['the last line without its end', 'a,b\n1,2\n3,4', 3, 'a,b\n1,2\n'],
    ['a record over two lines', 'a,b\n"one\ntwo",2\n3,4\n', 2, 'a,b\n3,4\n'],
  ])('%s', (_, before, line, after) => {
    expect(removeRow(bytes(before), line).toString('utf8')).toBe(after);
  });
});

describe('withColumn', () => {
  it.each([
    ['LF', 'a,b\n1,2\n', 'a,b,draft\n1,2\n'],
    ['CRLF and a BOM', '\uFEFFa,b\r\n1,2\r\n', '\uFEFFa,b,draft\r\n1,2\r\n'],
    ['a header alone, without its end', 'a,b', 'a,b,draft'],
  ])('%s: only the header line changes', (_, before, after) => {
    expect(withColumn(bytes(before), 'draft').toString('utf8')).toBe(after);
  });

  it('a row appended after it ends with the new cell; the rows before it keep their bytes', () => {
    const after = appendRow(withColumn(bytes('a,b\n1,2\n'), 'draft'), { a: 'x', b: 'y', draft: '1' });
    expect(after.toString('utf8')).toBe('a,b,draft\n1,2\nx,y,1\n');
  });
});
