// Whether a box is near the viewport: a chart exists only then, so a page of hundreds of panels keeps a few
// dozen live instances. An IntersectionObserver reports changes; the first answer is read from the layout at
// mount, because waiting for the observer's first report costs a frame (two with echarts-for-react, whose
// first instance is measured a frame later and created again).
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** How far beyond the viewport (above and below) a box counts as near. */
export const MARGIN_PX = 200;
const ROOT_MARGIN = `${MARGIN_PX}px 0px`;

/** Props that mark the scroller clipping the charts inside it (the list's), for the check at mount below. */
export const CHART_CLIP = { 'data-chart-clip': '' } as const;

/**
 * What the observer's first report will say, known now: the box meets the viewport (± the margin) within
 * its scroller. One layout read; in a commit, every box after the first reads it for free.
 */
export function nearNow(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false; // not laid out (hidden, or no layout at all)
  let top = -MARGIN_PX;
  let bottom = window.innerHeight + MARGIN_PX;
  let left = 0;
  let right = window.innerWidth;
  const clip = el.closest('[data-chart-clip]')?.getBoundingClientRect();
  if (clip) {
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
  }
  return r.bottom > top && r.top < bottom && r.right > left && r.left < right;
}

/** `watch` false: the box is neither read nor observed, and stays not near (a snapshot's boxes). */
export function useNearViewport(ref: RefObject<HTMLElement | null>, watch: boolean): boolean {
  // Without an observer (very old browser) draw eagerly rather than never.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // A box that is already near when it mounts (a panel a filter change put in view) gets its chart in the
  // same commit as its numbers.
  useLayoutEffect(() => {
    const el = ref.current;
    if (watch && el && typeof IntersectionObserver !== 'undefined' && nearNow(el)) setNear(true);
  }, [ref, watch]);
  useEffect(() => {
    const el = ref.current;
    if (!watch || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) setNear(entry.isIntersecting);
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, watch]);
  return near;
}
