// jsdom has no layout observers: stand-ins that never fire, so components fall back to their defaults.
import { vi } from 'vitest';

class NoopObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

export function installDomStubs(): void {
  vi.stubGlobal('ResizeObserver', NoopObserver);
  vi.stubGlobal('IntersectionObserver', NoopObserver);
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
}
