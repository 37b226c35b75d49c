import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's chromium with playwright-core against the built app (dist/).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 60000,
    hookTimeout: 120000,
    fileParallelism: false,
    expect: { poll: { timeout: 15000, interval: 100 } },
  },
});
