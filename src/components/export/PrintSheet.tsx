// The print layout: every panel of the current filter as a decorated chart with its status and source line
// as text, two a page on A4 (see styles/print.css). Mounted outside the app root only while printing;
// calls onReady once every chart is drawn.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { ExportItem } from '../../export/batch';
import type { Exporter } from './exporter';

export interface PrintSheetProps {
  title: string;
  filterText: string;
  asOfText: string;
  items: readonly (ExportItem & { statusText: string })[];
  exporter: Pick<Exporter, 'mount' | 'loadFont'>;
  label: string;
  onReady: () => void;
}

export function PrintSheet({
  title,
  filterText,
  asOfText,
  items,
  exporter,
  label,
  onReady,
}: PrintSheetProps) {
  const hosts = useRef<(HTMLDivElement | null)[]>([]);
  useEffect(() => {
    let cancelled = false;
    const disposers: (() => void)[] = [];
    (async () => {
      await exporter.loadFont([title, filterText, asOfText, ...items.map((i) => i.statusText)].join(''));
      for (const [i, item] of items.entries()) {
        const host = hosts.current[i];
        if (cancelled || !host) return;
        disposers.push(await exporter.mount(host, item.chart));
      }
      if (!cancelled) onReady();
    })().catch(() => {
      if (!cancelled) onReady();
    });
    return () => {
      cancelled = true;
      for (const dispose of disposers) dispose();
    };
  }, [items, exporter, onReady, title, filterText, asOfText]);

  return createPortal(
    <div className="print-sheet" role="region" aria-label={label}>
      <header className="print-head">
        <h1>{title}</h1>
        <p>{filterText}</p>
        <p>{asOfText}</p>
      </header>
      {items.map((item, i) => (
        <figure className="print-item" key={`${item.id}-${i}`}>
          <div
            className="print-chart"
            ref={(el) => {
              hosts.current[i] = el;
            }}
          />
          <figcaption>
            <p className="print-status">{item.statusText}</p>
            <p className="print-source">{item.sourceLine}</p>
          </figcaption>
        </figure>
      ))}
    </div>,
    document.body,
  );
}
