import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/domain/types';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('scripts/extract.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const seed = 'seeds/002_918b6d436871ed29.txt';

  it('prints the mentions of a seed as JSON, and the same for its GB18030 copy', () => {
    const gb = join(dir, 'gb.txt');
    writeFileSync(gb, iconv.encode(readFileSync(seed, 'utf8'), 'gb18030'));
    const utf = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', seed], { encoding: 'utf8' }),
    ) as Mention[];
    expect(utf.find((m) => m.text === '2781万元')).toMatchObject({
      value: 0.2781,
      unit: '亿元',
      class: 'figure',
    });
    expect(JSON.parse(run(gb).stdout)).toEqual(utf);
  });

  it('works on a document it has never seen, with BOM, CRLF and full-width digits', () => {
    const file = join(dir, 'new.txt');
    writeFileSync(file, '\ufeff截至２０２４年底，基金规模达到１，２３４亿元。\r\n');
    const out = run(file);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([
      { offset: 2, text: '2024年底', value: 2024, unit: null, qualifier: '=', class: 'date', period: '2024' },
      {
        offset: 15,
        text: '1,234亿元',
        value: 1234,
        unit: '亿元',
        qualifier: '=',
        class: 'figure',
        period: '2024',
      },
    ]);
  });

  // --candidates against the catalogue is tested in tests/scripts/extract.test.ts.

  it.each([
    ['a missing file', 'no-such-file.txt', /no-such-file\.txt: no such file/],
    ['an empty file', 'empty', /empty\.txt: the document is empty/],
    ['a binary file', 'binary', /binary\.txt: binary data: a PNG image/],
    [
      'a format seeds/ does not accept',
      'unsupported',
      /notes\.doc: unsupported format: \.doc files are not read/,
    ],
  ])('refuses %s on stderr with exit 1', (_name, which, message) => {
    let file = which;
    if (which === 'empty') writeFileSync((file = join(dir, 'empty.txt')), '');
    if (which === 'binary')
      writeFileSync((file = join(dir, 'binary.txt')), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    if (which === 'unsupported') writeFileSync((file = join(dir, 'notes.doc')), '一二三');
    const out = run(file);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});
