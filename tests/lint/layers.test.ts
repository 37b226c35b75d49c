// The layer rule is held by lint (eslint.config.js), and this proves it: for every folder of src/ and scripts/,
// a probe file that imports from a layer above it must fail, and one that imports what it may must pass.
// Each probe imports a real file: the zones compare resolved paths.
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ZONE = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';

interface Probe {
  /** Where the probe pretends to live. */
  file: string;
  /** Imports that must each fail the zone rule. */
  wrong: string[];
  /** Imports that must pass every rule. */
  allowed: string[];
}

const PROBES: Probe[] = [
  {
    file: 'src/domain/__probe__.ts',
    wrong: ['../lib/yield-to-main', '../charts/chart-input'],
    allowed: ['./types'],
  },
  {
    file: 'src/lib/__probe__.ts',
    wrong: ['../charts/chart-input', '../data/load-dataset', '../i18n/translate'],
    allowed: ['../domain/types'],
  },
  {
    file: 'src/charts/__probe__.ts',
    wrong: ['../export/source-line', '../data/load-dataset'],
    allowed: ['../domain/types', '../lib/yield-to-main', '../i18n/translate'],
  },
  {
    file: 'src/data/__probe__.ts',
    wrong: ['../store/app-store', '../charts/chart-input', '../styles/base.css'],
    allowed: ['../domain/dataset-schema'],
  },
  {
    file: 'src/i18n/__probe__.ts',
    wrong: ['../import/import-csv', '../charts/chart-input', '../data/load-dataset'],
    allowed: ['../domain/format'],
  },
  {
    file: 'src/export/__probe__.ts',
    wrong: ['../store/selectors', '../import/import-csv'],
    allowed: ['../charts/chart-input', '../i18n/translate', '../domain/dataset-schema'],
  },
  {
    file: 'src/import/__probe__.ts',
    wrong: ['../store/import-slice', '../export/source-line'],
    allowed: ['../domain/dataset-schema', '../i18n/translate'],
  },
  {
    file: 'src/store/__probe__.ts',
    wrong: ['../components/common/snapshot-context', '../styles/base.css'],
    allowed: ['../import/import-storage', '../i18n/translate'],
  },
  {
    file: 'src/components/__probe__.ts',
    wrong: ['../app/App', '../main'],
    allowed: ['../store/selectors', '../export/source-line', '../styles/base.css'],
  },
  {
    file: 'src/app/__probe__.ts',
    wrong: ['../main', '../../scripts/lib/rng', '../../tests/support/small-dataset'],
    allowed: ['./App', '../components/common/snapshot-context', '../data/load-dataset'],
  },
  { file: 'src/app/snapshot.ts', wrong: ['../domain/types'], allowed: [] },
  // The review page (npm run review) beside the app: it may use what the app uses, never the app itself.
  {
    file: 'src/review/__probe__.ts',
    wrong: ['../app/App', '../main', '../../scripts/lib/review-server'],
    allowed: ['../i18n/review-words', '../domain/types', './api'],
  },
  // The page's boot scripts, which the build compiles on their own and inlines: they import nothing, and
  // nothing in the app imports them.
  {
    file: 'src/boot/__probe__.ts',
    wrong: ['../domain/types', '../lib/yield-to-main', './guard'],
    allowed: [],
  },
  { file: 'src/domain/__probe2__.ts', wrong: ['../boot/guard'], allowed: [] },
  { file: 'src/app/__probe2__.ts', wrong: ['../boot/starter'], allowed: [] },
  {
    file: 'src/styles/__probe__.ts',
    wrong: ['../domain/types', '../fonts'],
    allowed: ['@fontsource/noto-sans-sc/400.css'],
  },
  {
    file: 'src/__probe__.ts',
    wrong: ['../scripts/lib/rng', '../tests/support/small-dataset'],
    allowed: ['./app/App', './store/app-store', './styles/base.css'],
  },
  {
    file: 'scripts/__probe__.ts',
    wrong: [
      '../src/store/selectors',
      '../src/app/App',
      '../src/i18n/translate',
      '../tests/support/small-dataset',
      './bench/run',
    ],
    allowed: [
      '../src/domain/types',
      '../src/charts/chart-input',
      '../src/export/source-line',
      '../src/app/snapshot',
      './lib/rng',
    ],
  },
  {
    file: 'scripts/lib/__probe__.ts',
    wrong: [
      '../bench/run',
      '../prerender',
      '../../src/lib/yield-to-main',
      '../../tests/support/small-dataset',
    ],
    allowed: ['./rng', '../../src/export/source-line'],
  },
  {
    file: 'scripts/bench/__probe__.ts',
    wrong: [
      '../../src/components/common/snapshot-context',
      '../../src/data/load-dataset',
      '../../tests/support/small-dataset',
    ],
    allowed: ['../lib/rng', '../prerender', '../../src/domain/types'],
  },
];

/** Folders whose code may not import UI packages (react, react-dom, zustand, echarts-for-react). */
const NO_UI = ['domain', 'lib', 'charts', 'data', 'i18n', 'export', 'import'].map(
  (f) => `src/${f}/__probe__.ts`,
);
const NO_UI_SCRIPTS = ['scripts/__probe__.ts', 'scripts/lib/__probe__.ts', 'scripts/bench/__probe__.ts'];

let eslint: ESLint;
// Loading the config and its plugins takes seconds; done once, outside the tests' own time limit.
beforeAll(async () => {
  eslint = new ESLint();
  await eslint.lintText('', { filePath: 'src/__probe__.ts' });
}, 60_000);

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

const imports = (specs: readonly string[]) => specs.map((s) => `import '${s}';`).join('\n') + '\n';

describe('every folder has a probe', () => {
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `${dir}/${e.name}`);

  it.each([...folders('src'), ...folders('scripts'), 'src', 'scripts'])('%s', (folder) => {
    expect(PROBES.some((p) => p.file === `${folder}/__probe__.ts`)).toBe(true);
  });
});

describe('a wrong-way import fails the zone rule', () => {
  it.each(PROBES.flatMap((p) => p.wrong.map((spec) => [p.file, spec] as const)))(
    '%s: %s',
    async (file, spec) => {
      expect(await lint(file, imports([spec]))).toEqual([
        expect.objectContaining({ rule: ZONE, line: 1, message: expect.stringContaining(spec) }),
      ]);
    },
  );
});

describe('an allowed import passes', () => {
  it.each(PROBES.filter((p) => p.allowed.length).map((p) => [p.file, p.allowed] as const))(
    '%s',
    async (file, specs) => {
      expect(await lint(file, imports(specs))).toEqual([]);
    },
  );
});

describe('UI packages stay in the store, components and the app', () => {
  it.each(
    [...NO_UI, ...NO_UI_SCRIPTS].flatMap((f) =>
      ['react', 'react-dom/server', 'zustand/vanilla', 'echarts-for-react'].map((p) => [f, p] as const),
    ),
  )('%s: %s', async (file, spec) => {
    expect(await lint(file, imports([spec]))).toEqual([expect.objectContaining({ rule: PACKAGES, line: 1 })]);
  });

  it.each(['src/store/__probe__.ts', 'src/components/__probe__.ts', 'src/app/__probe__.ts'])(
    '%s',
    async (file) => {
      expect(await lint(file, imports(['react', 'zustand']))).toEqual([]);
    },
  );
});

describe('the document readers stay in scripts/, out of the app', () => {
  it.each(
    PROBES.map((p) => p.file)
      .filter((f) => f.startsWith('src/'))
      .flatMap((f) =>
        ['mammoth', 'pdfjs-dist/legacy/build/pdf.mjs', 'linkedom', '@mozilla/readability'].map(
          (p) => [f, p] as const,
        ),
      ),
  )('%s: %s', async (file, spec) => {
    expect(await lint(file, imports([spec]))).toEqual([expect.objectContaining({ rule: PACKAGES, line: 1 })]);
  });

  it('scripts/lib reads documents with them', async () => {
    expect(
      await lint('scripts/lib/__probe__.ts', imports(['mammoth', 'linkedom', '@mozilla/readability'])),
    ).toEqual([]);
  });
});

describe("date-fns' format is banned everywhere", () => {
  it.each(PROBES.map((p) => p.file).filter((f) => f !== 'src/app/snapshot.ts'))('%s', async (file) => {
    const code = "import { format } from 'date-fns';\nexport const f = format;\n";
    expect(await lint(file, code)).toEqual([expect.objectContaining({ rule: PACKAGES, line: 1 })]);
  });
});

describe('the zones see every import', () => {
  it('an import that does not resolve fails, so it cannot slip past them', async () => {
    expect(await lint('src/domain/__probe__.ts', imports(['../store/no-such-file']))).toEqual([
      expect.objectContaining({ rule: 'import-x/no-unresolved' }),
    ]);
  });

  it('re-exports and dynamic imports are zoned like imports', async () => {
    const code =
      "export { selectIndex } from '../store/selectors';\nexport const l = () => import('../app/App');\n";
    const rules = (await lint('src/domain/__probe__.ts', code)).map((m) => m.rule);
    expect(rules).toEqual([ZONE, ZONE]);
  });
});
