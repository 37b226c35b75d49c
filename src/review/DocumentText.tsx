// A document's text with every figure marked by its state: by colour and by shape (a dashed box for
// unreviewed, a solid underline and a tick for used, a strike-through for ignored), so that the state reads
// without colour too. A figure is a button: clicking selects it. Selecting text offers it as the quote.
import { memo, type ReactNode } from 'react';
import type { Locale } from '../i18n/translate';
import { reviewWord } from '../i18n/review-words';
import type { Figure } from './api';

interface Props {
  locale: Locale;
  text: string;
  figures: readonly Figure[];
  selected: number | null;
  onSelect: (offset: number) => void;
  onSelectText: (text: string) => void;
}

export const DocumentText = memo(function DocumentText({
  locale,
  text,
  figures,
  selected,
  onSelect,
  onSelectText,
}: Props) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of figures) {
    if (f.offset < at) continue;
    parts.push(text.slice(at, f.offset));
    const state = reviewWord(locale, `state.${f.state}`);
    parts.push(
      <button
        key={f.offset}
        type="button"
        className={`fig fig-${f.state}`}
        data-offset={f.offset}
        aria-pressed={selected === f.offset}
        aria-label={reviewWord(locale, 'figure', { text: f.text, state })}
        title={f.reason ? `${state}: ${f.reason}` : state}
        onClick={() => onSelect(f.offset)}
      >
        {f.text}
      </button>,
    );
    at = f.offset + f.text.length;
  }
  parts.push(text.slice(at));
  return (
    <div
      className="review-text"
      lang="zh-CN"
      onMouseUp={() => {
        const s = window.getSelection()?.toString().trim() ?? '';
        if (s.length > 1 && s.length <= 2000) onSelectText(s);
      }}
    >
      {parts}
    </div>
  );
});
