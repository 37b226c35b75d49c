// The page's boot scripts (src/boot/*.ts: the inline guard, the starter, the placeholder font's loader) are
// TypeScript files that type-check and lint like the rest; the build compiles each into one small minified
// script with esbuild, putting build-time values in place of their declared constants. esbuild runs in a
// node process of its own: its API refuses to start inside a jsdom test environment (another realm's
// Uint8Array), where tests of the boot scripts run them.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export type BootScript = 'guard' | 'starter' | 'placeholder-font';

const COMPILE = `
const [file, define] = JSON.parse(process.argv[1]);
const { buildSync } = await import('esbuild');
const result = buildSync({ entryPoints: [file], bundle: true, write: false, format: 'iife', minify: true,
  target: 'es2017', charset: 'utf8', legalComments: 'none', define, logLevel: 'silent' });
process.stdout.write(result.outputFiles[0].text.trim());`;

/** The compiled script, `values` (JSON) in place of the constants the file declares. */
export function bootScript(name: BootScript, values: Record<string, unknown> = {}): string {
  // From the project's folder, where every npm script runs (in a jsdom test, import.meta.url is no file URL).
  const file = resolve(`src/boot/${name}.ts`);
  const define = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));
  return execFileSync(
    process.execPath,
    ['--input-type=module', '-e', COMPILE, JSON.stringify([file, define])],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    },
  );
}
