// The arrow of a button that folds and unfolds something (aria-expanded on the button turns it; base.css).
// Drawn, not the characters ▸ ▾: a CJK system font without them (WenQuanYi Zen Hei) made the browser fetch
// a subset of the bundled font for these two glyphs.
export function DisclosureArrow({ className }: { className?: string }) {
  return (
    <svg
      className={className ? `disclosure-arrow ${className}` : 'disclosure-arrow'}
      viewBox="0 0 10 10"
      width="10"
      height="10"
      aria-hidden="true"
    >
      <path d="M3 1.5 7.5 5 3 8.5z" fill="currentColor" />
    </svg>
  );
}
