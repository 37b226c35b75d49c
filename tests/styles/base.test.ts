// The page's font stack is written twice, in CSS (--font in src/styles/base.css) and for the charts' SVG text
// (FONT_FAMILY in src/charts/chart-style.ts): they must name the same fonts in the same order, with the
// build's first-screen cut and placeholder font between Noto Sans SC's neighbours (docs/boot.md, "Fonts").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, PLACEHOLDER_FAMILY } from '../../src/charts/chart-style';
import { FIRST_SCREEN_FAMILY } from '../../scripts/lib/first-screen-font';

const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^'(.*)'$/, '$1'));
const css = readFileSync('src/styles/base.css', 'utf8');
const cssStack = /--font:\s*([^;]+);/.exec(css)?.[1] ?? '';

describe('the font stack', () => {
  it('is the same in the CSS and in the charts', () => {
    expect(families(cssStack)).toEqual(families(FONT_FAMILY));
  });

  it('puts Latin in system-ui, then the first-screen cut, Noto Sans SC and the placeholder, then sans-serif', () => {
    const list = families(FONT_FAMILY);
    expect(list.slice(list.indexOf('system-ui'))).toEqual([
      'system-ui',
      FIRST_SCREEN_FAMILY,
      'Noto Sans SC',
      PLACEHOLDER_FAMILY,
      'sans-serif',
    ]);
    expect(list.indexOf('Microsoft YaHei')).toBeLessThan(list.indexOf('system-ui'));
  });
});
