import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/components/*', '**/app/*'], message: 'the store sits below components' }],
        },
      ],
    },
  },
);
