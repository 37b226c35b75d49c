import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// date-fns' format() brings its locale and every token's formatter into the bundle (~5 kB gzip on the
// critical path); lightFormat() does the fixed patterns used here (yyyy-MM-dd) without them.
const DATE_FNS_FORMAT = {
  name: 'date-fns',
  importNames: ['format'],
  message: 'use lightFormat (format brings date-fns locales into the bundle)',
};

const UI_PACKAGES = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'echarts-for-react*'],
  message: 'only the store, components and the app use React and zustand',
};

// The document readers (scripts/lib/read-format) and the fixture writers are build-side: megabytes that the
// app's bundle must never carry.
const DOCUMENT_PACKAGES = {
  group: [
    'mammoth',
    'mammoth/*',
    'pdfjs-dist',
    'pdfjs-dist/*',
    'linkedom',
    'linkedom/*',
    '@mozilla/readability',
  ],
  message: 'document readers are build-side (scripts/lib/read-format), never in the app',
};

// One direction of imports, lowest layer first. A folder may import its own folder and the layers below it:
// never a layer above it, nor a sibling on its own layer. src/lib holds tiny browser utilities for every layer
// above domain; src/i18n (the dictionaries and t()) sits below everything that has words to say, the charts
// included. CSS (src/styles) is for components and the app; src/*.ts(x) (main.tsx and what only it loads)
// sits on top. Nothing in src/ imports scripts/ or tests/; tests/ may import anything.
// tests/lint/layers.test.ts proves that every zone fails a wrong-way import.
const LAYERS = [
  ['src/domain'],
  ['src/lib'],
  ['src/i18n'],
  ['src/charts', 'src/data'],
  ['src/export', 'src/import'],
  ['src/store'],
  ['src/components'],
  // The review page (npm run review, its own entry review.html) sits beside the app, never inside it.
  ['src/app', 'src/review'],
];
const DIRECTION = 'domain → lib → i18n → charts / data → export / import → store → components → app / review';
const SRC_FOLDERS = LAYERS.flat();
const BELOW_CSS = SRC_FOLDERS.slice(0, SRC_FOLDERS.indexOf('src/components'));
const TOP_LEVEL = 'src/*.{ts,tsx}';

const srcZones = [
  ...LAYERS.flatMap((layer, level) =>
    layer.map((folder) => {
      const below = LAYERS.slice(0, level).flat();
      const above = SRC_FOLDERS.filter((f) => f !== folder && !below.includes(f));
      const css = BELOW_CSS.includes(folder) ? ['src/styles'] : [];
      const may = below.length ? `only ${below.join(', ')}` : 'nothing else in src';
      return {
        target: folder,
        from: [...above, ...css, 'scripts', 'tests'],
        message: `${folder} may import ${may} (${DIRECTION}).`,
      };
    }),
  ),
  {
    target: [...SRC_FOLDERS, 'src/styles'],
    from: [TOP_LEVEL],
    message: 'src/*.ts(x) (main.tsx and what only it loads) sit on top',
  },
  { target: TOP_LEVEL, from: ['scripts', 'tests'], message: 'src/ never imports scripts/ or tests/' },
  { target: 'src/styles', from: [...SRC_FOLDERS, 'scripts', 'tests'], message: 'src/styles holds CSS only' },
  // The page's boot scripts (the inline guard, the starter, the placeholder font's loader): the build compiles
  // each on its own and puts it into the page (scripts/lib/boot-script.ts).
  { target: 'src/boot', from: ['src', 'scripts', 'tests'], message: 'src/boot scripts import nothing' },
  {
    target: [...SRC_FOLDERS, TOP_LEVEL],
    from: ['src/boot'],
    message: 'src/boot holds page scripts the build inlines: nothing imports them',
  },
];

// The build and the tools share the app's pure code and never its UI: src/domain, src/charts and src/export
// only, plus src/app/snapshot.ts, the page the app's renderer hands the prerender (a type, importing nothing).
// scripts/lib is shared by the rest of scripts/ (and by tests); the build does not depend on the benchmark.
const SCRIPTS_MAY = 'scripts/ may import only src/domain, src/charts and src/export of the app';
const NOT_FOR_SCRIPTS = SRC_FOLDERS.filter(
  (f) => !['src/domain', 'src/charts', 'src/export', 'src/app'].includes(f),
);
const LIB_BELOW = 'scripts/lib sits below the scripts that use it';
const scriptZones = [
  { target: 'scripts', from: [...NOT_FOR_SCRIPTS, 'src/styles'], message: SCRIPTS_MAY },
  { target: 'scripts', from: 'src/app', except: ['./snapshot.ts'], message: SCRIPTS_MAY },
  { target: 'scripts', from: [TOP_LEVEL], message: SCRIPTS_MAY },
  {
    target: 'scripts',
    from: 'tests',
    message: 'scripts/ never imports tests/ (tests may import scripts/lib)',
  },
  { target: 'scripts/lib', from: 'scripts/bench', message: LIB_BELOW },
  { target: 'scripts/lib', from: ['scripts/*.ts'], message: LIB_BELOW },
  {
    target: 'scripts/*.ts',
    from: 'scripts/bench',
    message: 'the build and the tools never import the benchmark',
  },
  {
    target: 'src/app/snapshot.ts',
    from: ['src', 'scripts', 'tests'],
    message: 'shared with scripts/: imports nothing',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'coverage', '.bench', '.snapshot', '.review'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...srcZones, ...scriptZones] },
      ],
      // The zones see only imports that resolve: one that does not would pass them unchecked.
      'import-x/no-unresolved': 'error',
      'no-restricted-imports': ['error', { paths: [DATE_FNS_FORMAT] }],
    },
  },
  // Nowhere in src/ the document readers; below the store, and in scripts/, no UI packages (a later block's
  // options replace an earlier one's for the files both match).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [DATE_FNS_FORMAT], patterns: [DOCUMENT_PACKAGES] }],
    },
  },
  {
    files: SRC_FOLDERS.slice(0, SRC_FOLDERS.indexOf('src/store')).map((f) => `${f}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [DATE_FNS_FORMAT], patterns: [UI_PACKAGES, DOCUMENT_PACKAGES] },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [DATE_FNS_FORMAT], patterns: [UI_PACKAGES] }] },
  },
);
