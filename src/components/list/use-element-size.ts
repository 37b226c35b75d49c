import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** The element's content size, followed with a ResizeObserver. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (width: number, height: number) =>
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    // The content box, as the observer reports it: clientWidth/Height include the padding, and a first
    // size 40px too wide (the list's padding) laid the panels out wider for a frame (a layout shift).
    const style = getComputedStyle(el);
    const px = (v: string) => parseFloat(v) || 0;
    update(
      Math.round(el.clientWidth - px(style.paddingLeft) - px(style.paddingRight)),
      Math.round(el.clientHeight - px(style.paddingTop) - px(style.paddingBottom)),
    );
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect;
      if (r) update(Math.round(r.width), Math.round(r.height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
