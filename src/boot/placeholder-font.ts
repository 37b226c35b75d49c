// The placeholder font's loader (docs/boot.md, "fonts"): an inline script right after the guard, allowed by its
// hash. It adds the CJK placeholder font (scripts/lib/placeholder-font.ts builds it; the constants below are
// its family and its bytes in base64) as a FontFace made from bytes, which the browser loads at once, unlike
// a url() (even a data: one): it is there for the first layout. It never throws: without FontFace the page
// looks as it did without the placeholder. It imports nothing.
declare const __PLACEHOLDER_FAMILY__: string;
declare const __PLACEHOLDER_FONT__: string;

(() => {
  try {
    const text = atob(__PLACEHOLDER_FONT__);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    document.fonts.add(new FontFace(__PLACEHOLDER_FAMILY__, bytes));
  } catch {
    // No FontFace (or no fonts): Chinese waits for the bundled font as it would without the placeholder.
  }
})();

export {};
