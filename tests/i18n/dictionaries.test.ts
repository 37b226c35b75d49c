// The two dictionaries: the same keys, each entry taking the same arguments in both languages, and every key
// that src/ looks up by name present (TypeScript checks the rest: t() takes a MessageKey).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { EXPORT_WORDS } from '../../src/i18n/export-words';
import { templateArguments } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';

const keys = Object.keys(zhCN) as (keyof typeof zhCN)[];
const exportKeys = Object.keys(EXPORT_WORDS['zh-CN']) as (keyof (typeof EXPORT_WORDS)['zh-CN'])[];
/** Every key a t() in src/ may look up: the main dictionaries' and the exports' (export-words.ts). */
const allKeys: readonly string[] = [...keys, ...exportKeys];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every t('…') and t(`…${x}…`) in src/: the key, or the part of a template key before its first value. */
function keysUsed(): { file: string; key: string; prefix: boolean }[] {
  return sourceFiles('src').flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bt\(\s*(['`])((?:(?!\1).)*)\1/g)].map((m) => {
      const key = m[2]!;
      const at = m[1] === '`' ? key.indexOf('${') : -1;
      return at >= 0 ? { file, key: key.slice(0, at), prefix: true } : { file, key, prefix: false };
    });
  });
}

describe('the dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('take the same arguments in both languages', () => {
    const differ = keys.filter((k) => templateArguments(zhCN[k]).join() !== templateArguments(en[k]).join());
    expect(differ).toEqual([]);
  });

  it('export words: the same keys and arguments in both languages, none also in the main dictionaries', () => {
    const { 'zh-CN': zh, en: english } = EXPORT_WORDS;
    expect(Object.keys(english).sort()).toEqual([...exportKeys].sort());
    expect(
      exportKeys.filter((k) => templateArguments(zh[k]).join() !== templateArguments(english[k]).join()),
    ).toEqual([]);
    expect(exportKeys.filter((k) => !zh[k] || !english[k])).toEqual([]);
    expect(exportKeys.filter((k) => k in zhCN)).toEqual([]);
  });

  it('have no empty entry (but an English axis for a count has no unit name)', () => {
    const mayBeEmpty = (k: string) => k.startsWith('chart.axisUnit.');
    expect(keys.filter((k) => !zhCN[k] || (!en[k] && !mayBeEmpty(k)))).toEqual([]);
  });
});

describe('the keys src/ uses', () => {
  const used = keysUsed();

  it('are found by the scan (the scan works)', () => {
    expect(used.length).toBeGreaterThan(50);
    expect(used).toContainEqual({
      file: join('src', 'app', 'LoadErrorView.tsx'),
      key: 'app.title',
      prefix: false,
    });
  });

  it('are all checked by TypeScript: no key is cast to a MessageKey', () => {
    const casts = sourceFiles('src').filter((f) => /\bas MessageKey\b/.test(readFileSync(f, 'utf8')));
    expect(casts).toEqual([]);
  });

  it('go through t(): only src/i18n reads a dictionary', () => {
    const readers = sourceFiles('src').filter(
      (f) =>
        !f.startsWith(join('src', 'i18n')) && /from '[./]*i18n\/(zh-CN|en)'/.test(readFileSync(f, 'utf8')),
    );
    expect(readers).toEqual([]);
  });

  it('are each in the dictionaries', () => {
    const missing = used.filter((u) =>
      u.prefix ? !allKeys.some((k) => k.startsWith(u.key)) : !allKeys.includes(u.key),
    );
    expect(missing).toEqual([]);
  });
});
