// npm run review [-- --port N --data DIR --seeds DIR]
// Serves the dashboard and its review mode on 127.0.0.1 (port 0: any free port) and prints the address.
// The npm script builds the data, the dashboard (dist/) and the review page (.review/, vite.review.config.ts)
// first; the published build (npm run build) never contains the review page. The review API writes
// data/*.csv and seeds/ only (scripts/lib/review-server.ts).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startReviewServer } from './lib/review-server';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    data: { type: 'string', default: 'data' },
    seeds: { type: 'string', default: 'seeds' },
    app: { type: 'string', default: 'dist' },
    page: { type: 'string', default: '.review' },
  },
});

const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`review: --port ${args.port} is not a port number (0 for any free port)`);
  process.exit(1);
}
if (!existsSync(`${args.page}/review.html`)) {
  console.error(`review: ${args.page}/review.html not found: run "npm run review", which builds it`);
  process.exit(1);
}
try {
  const server = await startReviewServer({
    dataDir: args.data,
    seedsDir: args.seeds,
    appDir: args.app,
    reviewDir: args.page,
    port,
  });
  console.log(
    `审核 review mode: ${server.url}review.html   dashboard: ${server.url}   (127.0.0.1 only; Ctrl+C to stop)`,
  );
} catch (error) {
  console.error(`review: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
