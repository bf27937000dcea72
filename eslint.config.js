import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'public/schema'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine runs unchanged in the browser, in Node and in a worker: it knows nothing of React, the DOM or storage.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@xstate/react', 'dexie*', 'i18next', 'jspdf*', 'node:*'],
              message: 'src/engine is pure TypeScript.',
            },
            {
              group: ['../app/*', '../storage/*', '../report/*', '../cli/*', '../i18n/*'],
              message: 'Dependencies point one way: app → report, storage → engine.',
            },
          ],
        },
      ],
    },
  },
  {
    // A report is a pure function of the answers and its renderers; the app shows it, the CLI writes it.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@xstate/react', 'dexie*'],
              message: 'src/report holds no UI and no database access.',
            },
            { group: ['../app/*', '../cli/*'], message: 'Dependencies point one way: app → report → engine.' },
          ],
        },
      ],
    },
  },
  {
    // Storage serves the app through typed handlers and holds no UI: no React, no app code, no strings to show.
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@xstate/react', 'dexie-react-hooks', 'i18next'],
              message: 'src/storage holds no UI.',
            },
            {
              group: ['../app/*', '../report/*', '../cli/*', '../i18n/*'],
              message: 'Dependencies point one way: app → storage → engine.',
            },
          ],
        },
      ],
    },
  },
);
