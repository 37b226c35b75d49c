import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // A fixed zone, so nothing depends on where the tests run; "today" is always passed explicitly.
    env: { TZ: 'Asia/Shanghai' },
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
