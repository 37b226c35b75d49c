// `npm run extract -- FILE --candidates` and `--meta` as a person adding a document uses them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { governmentPage, wordFile } from '../support/format-fixtures';

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

  it("proposes each figure's subject, basis, role and period, dated by the new document's own header", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cand-')), 'new.txt');
    copyFileSync('seeds/000_0294bc5628748d2f.txt', file);
    const r = run(file);
    expect(r.status).toBe(0);
    const block = (figure: string) => r.stdout.split('\n\n').find((b) => b.includes(`【${figure}】`)) ?? '';
    expect(block('6950亿元')).toContain(
      'proposed: 科技型企业贷款余额, level; actual 2024-06 (from “20246月末”)',
    );
    expect(block('42.4%')).toContain('proposed: 科技型企业贷款余额, yoy (“同比增长”); actual 2024-06');
    expect(block('100余款')).toContain('level; actual 2024-06');
  });
});

describe('extract --meta', () => {
  const meta = (file: string) => {
    const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/extract.ts', file, '--meta'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Record<string, string | null>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'meta-'));

  it('prints what a seed says about itself, to pre-fill its documents.csv row', () => {
    expect(meta('seeds/001_416c52ec199fdc45.txt')).toEqual({
      file: 'seeds/001_416c52ec199fdc45.txt',
      title: '重庆高新区管委会办公室关于印发重庆高新区金融发展“十四五”规划的通知',
      issuer: '重庆高新区管委会办公室',
      publisher: '高新区财政局',
      number: '渝高新办发〔2022〕41号',
      written: '2022-06-27',
      published: '2022-07-04',
    });
  });

  it('reads the same from the document saved as a Word file', async () => {
    const text = readFileSync('seeds/002_918b6d436871ed29.txt', 'utf8');
    const file = join(dir, 'reply.docx');
    writeFileSync(file, await wordFile(text.split('\n').filter((l) => l.trim())));
    const { file: _docx, ...fromDocx } = meta(file);
    const { file: _txt, ...fromTxt } = meta('seeds/002_918b6d436871ed29.txt');
    expect(fromDocx).toEqual(fromTxt);
    expect(fromDocx.number).toBe('渝金议〔2018〕1号');
  });

  it('reads the metadata table of a saved government page, past its menus', () => {
    const lines = readFileSync('seeds/000_0294bc5628748d2f.txt', 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const table = lines.find((l) => l.startsWith('[ 索引号 ]')) ?? '';
    const body = lines.filter((l) => l !== table && !l.startsWith('您当前所在位置'));
    const file = join(dir, 'reply.html');
    writeFileSync(file, governmentPage(body.slice(1), body[0] ?? '', table));
    expect(meta(file)).toMatchObject({
      title: '中共重庆市委金融委员会办公室关于市政协六届三次会议第1207号提案答复的函',
      issuer: '中共重庆市委金融委员会办公室',
      publisher: '市地方金融管理局',
      written: '2025-07-28',
      published: '2025-07-28',
    });
  });
});
