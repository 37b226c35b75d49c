import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAVICON_PNG, FAVICON_SIZE, FAVICON_SVG, faviconPng } from '../../scripts/favicon';

describe('the page icon', () => {
  it('is the PNG drawing of the SVG source (run npm run favicon after editing the SVG)', () => {
    const committed = readFileSync(FAVICON_PNG);
    expect(committed.equals(faviconPng(readFileSync(FAVICON_SVG)))).toBe(true);
    // PNG signature, then the IHDR chunk's width and height.
    expect(committed.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
  });

  it('index.html names the PNG, not the SVG (drawing an SVG icon is a task on the page main thread)', () => {
    const icons = readFileSync('index.html', 'utf8').match(/<link rel="icon"[^>]*>/g) ?? [];
    expect(icons).toEqual(['<link rel="icon" href="./favicon.png" type="image/png" sizes="32x32" />']);
  });
});
