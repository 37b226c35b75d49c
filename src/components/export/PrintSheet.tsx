// The print layout: a header line (the view's filter, the as-of date, the count), then every panel of the
// view as text — title, unit, status with its reason, figures, source line — around its chart, drawn as
// inline SVG by ECharts' SSR renderer, so the PDF has vector charts and real, searchable text, each fact
// once. Panels flow two or three to an A4 page and none is split (styles/print.css). Mounted outside the
// app root only while printing, by the print button or by the browser's own print (Ctrl+P): it renders
// synchronously, so a `beforeprint` handler can mount it before the browser lays the page out. The print
// code loads on its own chunk (ACTIONS in scripts/lib/bundle.ts), never on the first screen's path.
import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { renderSvgString } from '../../export/svg-string';
import { printWord } from '../../i18n/print-words';
import type { Locale } from '../../i18n/translate';
import type { PrintItem } from './print-items';

export { printItems, printText } from './print-items';

export interface PrintSheetProps {
  title: string;
  /** The filter in words, the as-of date and the count: one line under the title. */
  headLine: readonly string[];
  items: readonly PrintItem[];
  /** How many panels the view has: more than `items` when the print was limited (PRINT_LIMIT). */
  total: number;
  locale: Locale;
  label: string;
  /** Called once the sheet is laid out and its fonts are loaded (the print button then opens the dialog). */
  onReady?: () => void;
}

function PrintPanel({ item }: { item: PrintItem }) {
  const titleId = useId();
  const svg = useMemo(() => renderSvgString(item.chart), [item.chart]);
  return (
    <article className="print-item" aria-labelledby={titleId}>
      <header className="print-item-head">
        <h2 id={titleId}>{item.title}</h2>
        {item.unit !== null && <span className="print-unit">{item.unit}</span>}
      </header>
      <p className="print-status">{item.statusText}</p>
      <dl className="print-facts">
        {item.facts.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {/* The chart repeats the figures above as its labels: for the eye, not read out twice. */}
      <div className="print-chart" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="print-source">{item.sourceLine}</p>
    </article>
  );
}

export function PrintSheet({ title, headLine, items, total, locale, label, onReady }: PrintSheetProps) {
  const sheet = useRef<HTMLDivElement>(null);
  // The pages' footer (styles/print.css): set before the browser lays the pages out (a layout effect runs
  // inside the flushSync of Ctrl+P's beforeprint).
  const footer = [title, ...headLine.slice(1, 2)].filter(Boolean).join(' · ');
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--print-footer', JSON.stringify(footer));
    return () => {
      root.style.removeProperty('--print-footer');
    };
  }, [footer]);
  useEffect(() => {
    if (!onReady) return;
    let live = true;
    // Laying the sheet out asks for the font files its text needs; the dialog opens once they are in.
    void sheet.current?.offsetHeight;
    const fonts = typeof document !== 'undefined' && 'fonts' in document ? document.fonts.ready : null;
    void Promise.resolve(fonts)
      .catch(() => undefined)
      .then(() => {
        if (live) onReady();
      });
    return () => {
      live = false;
    };
  }, [onReady]);

  return createPortal(
    <div className="print-sheet" role="region" aria-label={label} ref={sheet}>
      <header className="print-head">
        <h1>{title}</h1>
        <p>{headLine.filter(Boolean).join(' · ')}</p>
        {items.length < total && (
          <p className="print-note">{printWord(locale, 'limited', { shown: items.length, total })}</p>
        )}
      </header>
      {items.map((item, i) => (
        <PrintPanel key={`${item.id}-${i}`} item={item} />
      ))}
    </div>,
    document.body,
  );
}
