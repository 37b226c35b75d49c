import { Resvg } from '@resvg/resvg-js';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pixelsPerMetre, pngChunks, pngDpi, withPixelRatio } from '../../src/export/png-phys';

// A real PNG to work on: 30 × 20 px, drawn by resvg (which writes no pHYs of its own).
const png = new Uint8Array(
  new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="red"/></svg>',
  )
    .render()
    .asPng(),
);

describe('withPixelRatio', () => {
  it.each([
    [1, 96],
    [2, 192],
    [3, 288],
  ])('at %i× says %i dpi, so the image keeps its CSS size in Word', (ratio, dpi) => {
    const out = withPixelRatio(png, ratio);
    const d = pngDpi(out)!;
    expect(d.x).toBeCloseTo(dpi, 0);
    expect(d.y).toBeCloseTo(dpi, 0);
    // 2400 px at 192 dpi is 12.5 in: the 1200 CSS px of the chart, not 25 in.
    expect((2400 / d.x) * 96).toBeCloseTo(1200 * (2 / ratio), -1);
  });

  it('puts pHYs right after IHDR, before IDAT, and keeps every other chunk', () => {
    const before = pngChunks(png).map((c) => c.type);
    expect(before).not.toContain('pHYs');
    const after = pngChunks(withPixelRatio(png, 2)).map((c) => c.type);
    expect(after).toEqual(['IHDR', 'pHYs', ...before.slice(1)]);
    expect(after.indexOf('pHYs')).toBeLessThan(after.indexOf('IDAT'));
  });

  it('replaces a pHYs it already has, and resvg still decodes the result (its CRC is right)', () => {
    const twice = withPixelRatio(withPixelRatio(png, 3), 2);
    expect(pngChunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(pngDpi(twice)!.x).toBeCloseTo(192, 0);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><image width="30" height="20" href="data:image/png;base64,${Buffer.from(twice).toString('base64')}"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    expect([...pixels.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
  });

  it('checks its CRC like a PNG reader does', () => {
    const out = withPixelRatio(png, 2);
    const phys = pngChunks(out).find((c) => c.type === 'pHYs')!;
    const view = new DataView(out.buffer, out.byteOffset);
    // The CRC of 'pHYs' and its data, computed independently by zlib.
    expect(view.getUint32(phys.offset + 8 + 9)).toBe(
      crc32(out.subarray(phys.offset + 4, phys.offset + 8 + 9)),
    );
    expect(pixelsPerMetre(192)).toBe(7559);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPixelRatio(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), 2)).toThrow(/not a PNG/);
  });
});
