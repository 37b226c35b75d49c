// A controllable IntersectionObserver for jsdom: tests decide when a box enters or leaves the viewport.
export class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  options: IntersectionObserverInit | undefined;
  constructor(
    private callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  unobserve() {}
  disconnect() {
    this.targets = [];
  }
  takeRecords() {
    return [];
  }
  fired = false;
  fire(isIntersecting: boolean) {
    this.fired = true;
    const entries = this.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

export function observerFor(el: Element): FakeObserver {
  const found = FakeObserver.all.find((o) => o.targets.includes(el));
  if (!found) throw new Error('element not observed');
  return found;
}
