// `npm run extract -- FILE --candidates` as a person adding a document uses it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (file: string) =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/extract.ts', file, '--candidates'], {
    encoding: 'utf8',
  });

describe('extract --candidates', () => {
  it('finds nothing left to curate in a catalogued seed', () => {
    const r = run('seeds/002_918b6d436871ed29.txt');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('0 figures not in the catalogue');
  });

  it('lists every figure of a new document with its sentence, the figure marked', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cand-')), 'new.txt');
    copyFileSync('seeds/002_918b6d436871ed29.txt', file);
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('every figure is a candidate');
    expect(r.stdout).toMatch(/^31 figures not in the catalogue$/m);
    expect(r.stdout).toContain('2017年共发放支小再贷款【37亿元】');
    expect(r.stdout).toMatch(/2781万元 {2}→ {2}0\.2781 亿元/);
  });
});
