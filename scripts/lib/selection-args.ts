// The command line that `npm run export` and `npm run bulletin` share: --out, --region, --as-of, --lang and
// --data, read with node:util's parseArgs and checked, each failure a sentence that names the option; each
// command adds its own options and checks the rest.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ChartLocale } from '../../src/charts/chart-input';
import { dateToIso, isIsoDate } from '../../src/domain/period';
import type { Result } from '../../src/domain/types';

export const DEFAULT_DATA = 'public/data/indicators.json';

/** A comma-separated list, blanks dropped: 'cq, cq-gaoxin' → ['cq', 'cq-gaoxin']. */
export const commaList = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export interface Selection {
  out: string;
  regions: string[];
  asOf: string;
  locale: ChartLocale;
  data: string;
  /** The command's own options, as given (strings; undefined when absent). */
  own: Record<string, string | undefined>;
}

/**
 * The shared options and the command's own `extra` ones (all strings). `today` (YYYY-MM-DD) is the default
 * as-of date. A failure carries `usage` after the parser's own message, or names the option it is about.
 */
export function parseSelection(
  argv: string[],
  command: { extra: readonly string[]; usage: string; /** 'DIR', 'FILE.docx' */ outArg: string },
  today = dateToIso(new Date()),
): Result<Selection> {
  const { extra, usage } = command;
  const names = ['out', 'region', 'as-of', 'lang', 'data', ...extra];
  const options: ParseArgsConfig['options'] = Object.fromEntries(
    names.map((n) => [n, { type: 'string' as const }]),
  );
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    return { ok: false, error: `${e instanceof Error ? e.message : String(e)}\n${usage}` };
  }
  const str = (k: string) => values[k] as string | undefined;
  const out = str('out');
  if (!out) return { ok: false, error: `--out ${command.outArg} is required\n${usage}` };
  const asOf = str('as-of') ?? today;
  if (!isIsoDate(asOf))
    return { ok: false, error: `--as-of ${JSON.stringify(asOf)} is not a date as YYYY-MM-DD` };
  const lang = str('lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    return { ok: false, error: `--lang must be zh or en, not ${JSON.stringify(lang)}` };
  return {
    ok: true,
    value: {
      out,
      regions: commaList(str('region')),
      asOf,
      locale: lang === 'en' ? 'en' : 'zh-CN',
      data: str('data') ?? DEFAULT_DATA,
      own: Object.fromEntries(extra.map((k) => [k, str(k)])),
    },
  };
}
