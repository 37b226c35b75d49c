// Build budgets (issue 5 refines these): fails the build when the shipped JavaScript outgrows them.
// Placeholder until the benchmark work lands: it only checks that a build exists.
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.html')) {
  console.error('dist/index.html: not found — run "vite build" first');
  process.exit(1);
}
