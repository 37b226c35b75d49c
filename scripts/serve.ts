// npm start: serve the built dashboard (dist/) on 127.0.0.1 and print its address.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/static-server';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    base: { type: 'string', default: '/' },
    root: { type: 'string', default: 'dist' },
  },
});

if (!existsSync(`${args.root}/index.html`)) {
  console.error(`${args.root}/index.html: not found — run "npm run build" first`);
  process.exit(1);
}

let port = Number(args.port);
for (let attempt = 0; ; attempt++) {
  try {
    const { url } = await startStaticServer({ root: args.root, base: args.base, port });
    console.log(`科技金融指标看板 is running at ${url}  (Ctrl+C to stop)`);
    break;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < 20) {
      port += 1;
      continue;
    }
    console.error(`cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    process.exit(1);
  }
}
