// A PNG's physical pixel size (its pHYs chunk). Without one, Word and PowerPoint take a PNG at 96 dpi, so a
// chart drawn at 2× (2400 px for a 1200 px chart) is inserted 25 inches wide. With pHYs saying 192 dpi (2×)
// or 288 dpi (3×), it lands at the chart's own width, 1200 px at 96 dpi (12.5 in), and the extra pixels
// make it sharper rather than larger. Pure: bytes in, bytes out.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The CSS pixel: 96 per inch. */
export const CSS_DPI = 96;
const METRES_PER_INCH = 0.0254;

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  /** Offset of the chunk (its length field) in the file. */
  offset: number;
  data: Uint8Array;
}

/** The chunks of a PNG, in order; throws on bytes that are not a PNG. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, offset: at, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** Pixels per metre for `dpi`, as pHYs stores it (unit 1: the metre). */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / METRES_PER_INCH);
}

/**
 * The PNG with a pHYs chunk saying `pixelRatio` × 96 dpi, right after IHDR (where the PNG specification
 * wants it: before IDAT); any pHYs it had is replaced.
 */
export function withPixelRatio(png: Uint8Array, pixelRatio: number): Uint8Array {
  const chunks = pngChunks(png);
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR') throw new Error('a PNG must start with IHDR');
  const ppm = pixelsPerMetre(CSS_DPI * pixelRatio);
  const phys = new Uint8Array(21);
  const view = new DataView(phys.buffer);
  view.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // 'pHYs'
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  phys[16] = 1; // unit: the metre
  view.setUint32(17, crc32(phys.subarray(4, 17)));

  const afterIhdr = ihdr.offset + 12 + ihdr.data.length;
  const parts: Uint8Array[] = [png.subarray(0, afterIhdr), phys];
  let at = afterIhdr;
  for (const c of chunks.slice(1)) {
    const end = c.offset + 12 + c.data.length;
    if (c.type === 'pHYs') {
      parts.push(png.subarray(at, c.offset));
      at = end;
    }
  }
  parts.push(png.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The pHYs chunk's dots per inch (x, y), or null when the PNG has none or gives no unit. */
export function pngDpi(png: Uint8Array): { x: number; y: number } | null {
  const phys = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys || phys.data.length !== 9 || phys.data[8] !== 1) return null;
  const view = new DataView(phys.data.buffer, phys.data.byteOffset, 9);
  return { x: view.getUint32(0) * METRES_PER_INCH, y: view.getUint32(4) * METRES_PER_INCH };
}
