import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' keeps every asset URL relative, so the built app works from any static host or subpath.
export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server build (src/app/render-snapshot.tsx, for scripts/prerender.ts) needs no copy of public/.
    copyPublicDir: !isSsrBuild,
    target: 'es2022',
    // The one large chunk is ECharts (~565 kB raw, ~190 kB gzip), loaded lazily after the first panel;
    // scripts/check-budget.ts holds the real budgets.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // V8's explicit compile hint (Chromium 136+; a comment elsewhere): compile every function of the ECharts
        // chunk while it downloads, on a background thread. The first chart calls most of them; compiled one
        // by one on first call they were about half of its long task on the main thread (traces, 4× CPU:
        // 250 → 130–190 ms, and the first chart 14–24 % sooner).
        // After minification (postBanner), which drops comments.
        postBanner: (chunk) => (chunk.name === 'echarts-setup' ? '//# allFunctionsCalledOnLoad' : ''),
        codeSplitting: {
          // zod and its setup (jitless, for the CSP) share one chunk, so the setup has run before any
          // schema anywhere is used, whichever chunk the schema lives in.
          groups: [
            {
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]v4[\\/](core|mini|locales)[\\/]|src[\\/]zod-setup\.ts/,
            },
          ],
        },
      },
    },
  },
}));
