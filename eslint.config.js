import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// date-fns' format() brings its locale and every token's formatter into the bundle (~5 kB gzip on the
// critical path); lightFormat() does the fixed patterns used here (yyyy-MM-dd) without them.
const DATE_FNS_FORMAT = {
  name: 'date-fns',
  importNames: ['format'],
  message: 'use lightFormat (format brings date-fns locales into the bundle)',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'coverage', '.bench', '.snapshot'] },
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
  // One direction of imports: domain → charts / data → store → components → app.
  // The domain layer and the build scripts never import React or app code.
  {
    files: ['src/domain/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DATE_FNS_FORMAT],
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'echarts-for-react*'],
              message: 'domain and scripts stay free of UI code',
            },
            {
              group: ['**/store/*', '**/components/*', '**/app/*'],
              message: 'imports flow domain → charts/data → store → components → app',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DATE_FNS_FORMAT],
          patterns: [
            {
              group: ['**/store/*', '**/components/*', '**/app/*'],
              message: 'charts/data sit below store and components',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/{app,components,export,i18n,import}/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [DATE_FNS_FORMAT] }] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DATE_FNS_FORMAT],
          patterns: [{ group: ['**/components/*', '**/app/*'], message: 'the store sits below components' }],
        },
      ],
    },
  },
);
