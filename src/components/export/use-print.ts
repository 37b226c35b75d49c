// When the print layout is on the page: from the print button until the dialog closes, and for the browser's
// own print (Ctrl+P, the menu) from `beforeprint` to `afterprint`. The browser lays the page out for print
// right after `beforeprint` and waits for nothing, so that handler mounts the sheet synchronously
// (flushSync), with code and fonts made ready ahead: the print code loads when the browser is idle after the
// toolbar appears, and on a machine without a Chinese font the bundled font's files for the view's text load
// then too. Until the code has loaded, the live page prints with its own print stylesheet (styles/print.css).
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { SYSTEM_CJK } from '../../charts/chart-style';
import type { PrintInput, PrintItem } from './print-items';

type PrintModule = typeof import('./PrintSheet');
const loadPrintModule = (): Promise<PrintModule> => import('./PrintSheet');

export interface PrintJob {
  module: PrintModule;
  items: PrintItem[];
  /** 'button': the sheet opens the dialog once it is ready; 'browser': the dialog is open already. */
  via: 'button' | 'browser';
}

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

/**
 * Whether a font of the system draws Chinese. Without one, the browser draws 中 as a box about 0.6 em wide
 * (docs/architecture.md, "Fonts"); with one, a full em.
 */
function systemDrawsChinese(): boolean {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return true;
  context.font = `100px ${SYSTEM_CJK}, sans-serif`;
  return context.measureText('中').width > 90;
}

/** Whether the print needs the bundled font's files loaded ahead (the page's font stack: base.css). */
function needsBundledFont(): boolean {
  return 'fonts' in document && !systemDrawsChinese();
}

function preloadFont(text: string): void {
  document.fonts.load('16px "Noto Sans SC"', text).catch(() => undefined);
}

/** `view`: what to print (null: nothing); keep it the same object while the view is the same. */
export function usePrint(view: PrintInput | null) {
  const [job, setJob] = useState<PrintJob | null>(null);
  // The module as state (the font preload runs when it arrives) and as a ref (beforeprint reads it at once,
  // even before React has rendered the state).
  const [module, setModule] = useState<PrintModule | null>(null);
  const loaded = useRef<PrintModule | null>(null);
  const printing = useRef(false);
  // Asked once, not on every view: drawing a test character costs a few ms where no system font has it.
  const fontNeeded = useRef<boolean | null>(null);
  const current = useRef(view);
  useEffect(() => {
    current.current = view;
  });
  const keep = useCallback((m: PrintModule) => {
    loaded.current = m;
    setModule(() => m);
  }, []);

  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      loadPrintModule().then(
        (m) => {
          if (live) keep(m);
        },
        () => undefined, // offline or a failed chunk: the button tries again, Ctrl+P prints the live page
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [keep]);

  useEffect(() => {
    if (!module || !view) return;
    return whenIdle(() => {
      fontNeeded.current ??= needsBundledFont();
      // With a Chinese system font the print draws in it: the view's text is not even gathered.
      if (fontNeeded.current) preloadFont(module.printText(view));
    });
  }, [module, view]);

  useEffect(() => {
    const before = () => {
      const m = loaded.current;
      const v = current.current;
      if (printing.current || !m || !v) return;
      printing.current = true;
      flushSync(() => setJob({ module: m, items: m.printItems(v), via: 'browser' }));
    };
    const after = () => {
      printing.current = false;
      setJob(null);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  /** The print button: mounts the sheet (loading its code first if need be); resolves to the panel count. */
  const start = useCallback(async (): Promise<number> => {
    const m = loaded.current ?? (await loadPrintModule());
    keep(m);
    const v = current.current;
    if (!v) return 0;
    const items = m.printItems(v);
    printing.current = true;
    setJob({ module: m, items, via: 'button' });
    return items.length;
  }, [keep]);

  return { job, start };
}
