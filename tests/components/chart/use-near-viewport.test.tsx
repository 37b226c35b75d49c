// @vitest-environment jsdom
// Whether a box counts as near the viewport: read from the layout at mount, then from the observer.
// jsdom has no layout: elements report the rects a test gives them (the scroller its own).
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHART_CLIP,
  MARGIN_PX,
  nearNow,
  useNearViewport,
} from '../../../src/components/chart/use-near-viewport';
import { FakeObserver, observerFor } from '../../support/fake-intersection-observer';

const at = (top: number, height = 150, left = 0, width = 400) => ({
  top,
  bottom: top + height,
  left,
  right: left + width,
  width,
  height,
});
type Rect = ReturnType<typeof at>;
const NONE = at(0, 0, 0, 0);

let boxRect = NONE;
let scrollerRect = NONE;

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const r = this.hasAttribute('data-chart-clip') ? scrollerRect : boxRect;
    return { ...r, x: r.left, y: r.top, toJSON: () => r } as DOMRect;
  });
});
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  boxRect = NONE;
  scrollerRect = NONE;
});

/** The hook's answer, on the box it watches. */
function Probe({ watch = true }: { watch?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, watch);
  return <div ref={ref} data-testid="box" data-near={String(near)} />;
}

function box(rect: Rect, scroller?: Rect): HTMLElement {
  boxRect = rect;
  if (scroller) scrollerRect = scroller;
  const el = document.createElement('div');
  if (scroller) {
    const clip = document.createElement('div');
    Object.entries(CHART_CLIP).forEach(([k, v]) => clip.setAttribute(k, v));
    clip.append(el);
    document.body.append(clip);
  } else document.body.append(el);
  return el;
}

describe('nearNow', () => {
  const H = () => window.innerHeight;
  it.each<{ where: string; rect: () => Rect; scroller?: Rect; near: boolean }>([
    { where: 'in the viewport', rect: () => at(100), near: true },
    { where: 'just below the fold, within the margin', rect: () => at(H() + MARGIN_PX - 1), near: true },
    { where: 'below the fold by the margin exactly', rect: () => at(H() + MARGIN_PX), near: false },
    { where: 'far below', rect: () => at(H() + 400), near: false },
    { where: 'above, its bottom within the margin', rect: () => at(-MARGIN_PX - 149), near: true },
    { where: 'above, its bottom at the margin', rect: () => at(-MARGIN_PX - 150), near: false },
    { where: 'beside the viewport', rect: () => at(100, 150, window.innerWidth), near: false },
    { where: 'not laid out (no size)', rect: () => NONE, near: false },
    { where: 'in the viewport and in its scroller', rect: () => at(100), scroller: at(0, 250), near: true },
    {
      where: 'in the viewport, clipped by its scroller',
      rect: () => at(300),
      scroller: at(0, 250),
      near: false,
    },
  ])('$where: $near', ({ rect, scroller, near }) => {
    expect(nearNow(box(rect(), scroller))).toBe(near);
  });
});

describe('useNearViewport', () => {
  const H = () => window.innerHeight;
  const near = () => screen.getByTestId('box').dataset.near;

  it('a box near the viewport at mount is near at once, before the observer reports', () => {
    boxRect = at(H() + 100);
    render(<Probe />);
    expect(near()).toBe('true');
    expect(observerFor(screen.getByTestId('box')).fired).toBe(false);
  });

  it('a box far from it is not near until the observer says so, and not after it leaves', () => {
    boxRect = at(H() + 400);
    render(<Probe />);
    const el = screen.getByTestId('box');
    expect(near()).toBe('false');
    act(() => observerFor(el).fire(true));
    expect(near()).toBe('true');
    act(() => observerFor(el).fire(false));
    expect(near()).toBe('false');
  });

  it('observes with the margin above and below, and stops observing when unmounted', () => {
    const { unmount } = render(<Probe />);
    const observer = observerFor(screen.getByTestId('box'));
    expect(observer.options?.rootMargin).toBe(`${MARGIN_PX}px 0px`);
    unmount();
    expect(observer.targets).toEqual([]);
  });

  it('not watching (a snapshot box): never near, never read, never observed', () => {
    boxRect = at(100);
    render(<Probe watch={false} />);
    expect(near()).toBe('false');
    expect(HTMLElement.prototype.getBoundingClientRect).not.toHaveBeenCalled();
    expect(FakeObserver.all).toEqual([]);
  });

  it('without IntersectionObserver (a very old browser): near, so charts draw rather than never', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    boxRect = at(H() + 400);
    render(<Probe />);
    expect(near()).toBe('true');
  });
});
