// Apart from print-items.ts so the toolbar can read it without loading the print code.
/**
 * The most panels one print takes: 100 pages. The sheet is drawn in one go (the browser's own print waits for
 * nothing), and a view of thousands would block the page for many seconds for a print nobody reads; the
 * sheet says what was left out.
 */
export const PRINT_LIMIT = 300;
