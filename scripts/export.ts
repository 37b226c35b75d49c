// npm run export -- --out DIR [--region id,...] [--format svg,png] [--as-of YYYY-MM-DD]
// Renders every (filtered) indicator's chart to SVG and PNG without a browser, for report pipelines.
import { parseExportArgs, runExport } from './lib/export-cli';

function main(): number {
  const options = parseExportArgs(process.argv.slice(2));
  if (!options.ok) {
    console.error(`export: ${options.error}`);
    return 2;
  }
  try {
    const result = runExport(options.value, (line) => console.log(line));
    if (!result.ok) {
      console.error(`export: ${result.error}`);
      return 1;
    }
    console.log(
      `export: ${result.value.indicators} indicators, ${result.value.files.length} files in ${options.value.out}`,
    );
    return 0;
  } catch (e) {
    console.error(`export: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

process.exitCode = main();
