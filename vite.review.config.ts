import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The review page (npm run review) is its own build, into .review/: the published build (vite.config.ts,
// index.html only) never contains it. Its assets have their own folder so they never shadow the dashboard's.
export default defineConfig({
  base: './',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: '.review',
    emptyOutDir: true,
    assetsDir: 'review-assets',
    target: 'es2022',
    rolldownOptions: { input: 'review.html' },
  },
});
