// The one way to words on screen: t(key, vars) from the locale's dictionary (zh-CN.ts, en.ts). A template is a
// small part of ICU MessageFormat, enough for these dictionaries:
//   {name}                               the value as given
//   {name, number}                       a number in the locale's digits: 5000 → '5,000'
//   {name, plural, one {…} other {…}}    a branch chosen by Intl.PluralRules ('=0' picks an exact value);
//                                        '#' in a branch is the number as {name, number} shows it
// Chinese has no plural forms, so its entries never need the plural one. Values are filled in as plain
// strings; React renders them as text. A placeholder without a value is left as written.
import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const DICTIONARIES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
/** The Intl locale that numbers and plural rules follow. */
const INTL_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
export type { MessageKey };

type Part =
  | string
  | { kind: 'value'; name: string; source: string }
  | { kind: 'number'; name: string; source: string }
  | { kind: 'plural'; name: string; source: string; branches: ReadonlyMap<string, Part[]> }
  | { kind: 'count' };

/** Parses from `at` to the closing '}' of a plural branch (or the end); `#` counts only inside a branch. */
function parseParts(text: string, at: number, inBranch: boolean): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let literal = '';
  let i = at;
  const flush = () => {
    if (literal) parts.push(literal);
    literal = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (inBranch && c === '}') break;
    if (inBranch && c === '#') {
      flush();
      parts.push({ kind: 'count' });
      i++;
      continue;
    }
    if (c === '{') {
      const arg = parseArgument(text, i);
      if (arg) {
        flush();
        parts.push(arg.part);
        i = arg.end;
        continue;
      }
    }
    literal += c;
    i++;
  }
  flush();
  return { parts, end: i };
}

const HEAD = /^\{\s*(\w+)\s*(?:,\s*(number|plural)\s*)?(\}|,)/;

/** The argument that starts at text[at] === '{', or null when it is not one (then the brace is literal). */
function parseArgument(text: string, at: number): { part: Part; end: number } | null {
  const head = HEAD.exec(text.slice(at));
  if (!head) return null;
  const [whole, name, type, close] = head as unknown as [
    string,
    string,
    'number' | 'plural' | undefined,
    string,
  ];
  let i = at + whole.length;
  if (close === '}') {
    if (type === 'plural') return null;
    return { part: { kind: type ?? 'value', name, source: whole }, end: i };
  }
  if (type !== 'plural') return null;
  const branches = new Map<string, Part[]>();
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!selector) break;
    const body = parseParts(text, i + selector[0].length, true);
    if (text[body.end] !== '}') return null;
    branches.set(selector[1]!, body.parts);
    i = body.end + 1;
  }
  const close2 = /^\s*\}/.exec(text.slice(i));
  if (!close2 || !branches.has('other')) return null;
  i += close2[0].length;
  return { part: { kind: 'plural', name, source: text.slice(at, i), branches }, end: i };
}

// Templates parsed once, shared by every store: the parts are a pure function of the template text.
const parsed = new Map<string, Part[]>();
function partsOf(template: string): Part[] {
  let parts = parsed.get(template);
  if (!parts) parsed.set(template, (parts = parseParts(template, 0, false).parts));
  return parts;
}

interface Formats {
  number: Intl.NumberFormat;
  plural: Intl.PluralRules;
}

function render(parts: readonly Part[], vars: Vars, f: Formats, count: number | undefined): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p.kind === 'count') out += count === undefined ? '#' : f.number.format(count);
    else if (!(p.name in vars)) out += p.source;
    else {
      const v = vars[p.name]!;
      if (typeof v !== 'number' || p.kind === 'value') out += String(v);
      else if (p.kind === 'number') out += f.number.format(v);
      else out += render(pluralBranch(p.branches, v, f.plural), vars, f, v);
    }
  }
  return out;
}

function pluralBranch(branches: ReadonlyMap<string, Part[]>, n: number, rules: Intl.PluralRules): Part[] {
  return branches.get(`=${n}`) ?? branches.get(rules.select(n)) ?? branches.get('other')!;
}

const formats = new Map<Locale, Formats>();

/** A template filled in for `locale` (exported for its tests; the app calls t()). */
export function fillTemplate(template: string, locale: Locale, vars: Vars): string {
  let f = formats.get(locale);
  if (!f) {
    const tag = INTL_LOCALE[locale];
    formats.set(locale, (f = { number: new Intl.NumberFormat(tag), plural: new Intl.PluralRules(tag) }));
  }
  return render(partsOf(template), vars, f, undefined);
}

const translators = new Map<Locale, Translate>();

/** The t() of a locale: components take it from useT(), the rest from here. */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const dictionary = DICTIONARIES[locale];
    t = (key, vars) => (vars ? fillTemplate(dictionary[key], locale, vars) : dictionary[key]);
    translators.set(locale, t);
  }
  return t;
}

/** A template's arguments by name (for the dictionaries' test: both languages take the same ones). */
export function templateArguments(template: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (typeof p === 'string' || p.kind === 'count') continue;
      names.add(p.name);
      if (p.kind === 'plural') for (const b of p.branches.values()) walk(b);
    }
  };
  walk(partsOf(template));
  return [...names].sort();
}
