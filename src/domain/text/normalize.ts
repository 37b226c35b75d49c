// Normalise document text so that offsets and quotes are stable: line ends, full-width digits and
// percent signs, odd spaces and zero-width characters. All other punctuation is kept exactly, so curated
// quotes copied from a document stay exact substrings. Normalising a normal text changes nothing.

const FULLWIDTH_DIGIT = /[０-９]/g;
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
// NBSP, the typographic spaces (en/em/thin…) and the ideographic space U+3000 all become a plain space.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// A full-width point between digits is a decimal point (３．５ → 3.5).
const FULLWIDTH_POINT = /(?<=\d)．(?=\d)/g;
// A full-width comma is a thousands separator only when every group has three digits and the number
// is followed by a decimal part, a multiplier or a unit (1，234，567元); otherwise it is a clause comma.
const FULLWIDTH_THOUSANDS = /(?<![\d.，,])\d{1,3}(?:，\d{3})+(?![\d，])(?=\.\d|[万亿元家个项%])/g;

export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACE, ' ')
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/％/g, '%')
    .replace(FULLWIDTH_POINT, '.')
    .replace(FULLWIDTH_THOUSANDS, (n) => n.replace(/，/g, ','));
}
