import { describe, expect, it } from 'vitest';
import { scaleSvg } from '../../src/export/render-chart';

describe('scaleSvg', () => {
  const svg = (attrs: string) =>
    `<svg ${attrs} xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>`;

  it.each([
    [2, 'width="2400" height="560" viewBox="0 0 1200 280"'],
    [3, 'width="3600" height="840" viewBox="0 0 1200 280"'],
  ])(
    'draws an ECharts SVG %i times its size: the root scaled, the drawing and viewBox kept',
    (factor, root) => {
      const out = scaleSvg(svg('width="1200" height="280" viewBox="0 0 1200 280"'), factor);
      expect(out).toBe(svg(root));
    },
  );

  it('adds the viewBox that makes the drawing scale when the root has none', () => {
    expect(scaleSvg(svg('width="10.5" height="4"'), 2)).toBe(
      svg('width="21" height="8" viewBox="0 0 10.5 4"'),
    );
  });

  it('leaves an SVG without a pixel size alone', () => {
    expect(scaleSvg(svg('viewBox="0 0 1 1"'), 2)).toBe(svg('viewBox="0 0 1 1"'));
  });
});
