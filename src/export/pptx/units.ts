// DrawingML's units: lengths in EMU, font sizes in hundredths of a point, both integers.

/** Inches → EMU (914,400 a inch), the integer DrawingML wants. */
export function emu(inches: number): number {
  if (!Number.isFinite(inches)) throw new RangeError(`not a length: ${inches}`);
  return Math.round(inches * 914400);
}

/** Points → hundredths of a point, as DrawingML writes font sizes (sz="2400" is 24 pt). */
export function fontSize(points: number): number {
  if (!Number.isFinite(points) || points <= 0) throw new RangeError(`not a font size: ${points}`);
  return Math.round(points * 100);
}
