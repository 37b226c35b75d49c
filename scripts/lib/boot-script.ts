// The page's boot scripts (src/boot/*.ts: the inline guard, the starter, the placeholder font's loader) are
// TypeScript files that type-check and lint like the rest; the build compiles each into one small minified
// script with esbuild, putting build-time values in place of their declared constants.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export type BootScript = 'guard' | 'starter' | 'placeholder-font';

/** The compiled script, `values` (JSON) in place of the constants the file declares. */
export function bootScript(name: BootScript, values: Record<string, unknown> = {}): string {
  const define = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL(`../../src/boot/${name}.ts`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2017',
    charset: 'utf8',
    legalComments: 'none',
    define,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text.trim();
}
