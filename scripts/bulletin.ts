// npm run bulletin -- --out FILE.docx [--region ID,...] [--topic ID,...] [--as-of YYYY-MM-DD] [--lang zh|en]
// The monitoring bulletin (监测通报) of a selection as Word, without a browser: the app's button's code.
// Exit 2 on a bad argument, 1 on any other failure; the file is written whole or not at all.
import { parseBulletinArgs, runBulletin } from './lib/bulletin-cli';

async function main(): Promise<number> {
  const options = parseBulletinArgs(process.argv.slice(2));
  if (!options.ok) {
    console.error(`bulletin: ${options.error}`);
    return 2;
  }
  try {
    const started = performance.now();
    const result = await runBulletin(options.value);
    if (!result.ok) {
      console.error(`bulletin: ${result.error.message}`);
      return result.error.usage ? 2 : 1;
    }
    const { file, bytes, indicators, charts } = result.value;
    const ms = Math.round(performance.now() - started);
    console.log(
      `bulletin: ${file} (${(bytes / 1024).toFixed(0)} KiB; ${indicators} indicators with a target, ${charts} charts; ${ms} ms)`,
    );
    return 0;
  } catch (e) {
    console.error(`bulletin: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

process.exitCode = await main();
