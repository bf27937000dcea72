import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The parts of src/app, each with the parts it may import (see the rule below). */
const appLayers = [
  { folder: 'shell', mayImport: ['dossier', 'workshop', 'start', 'wizard', 'outcome', 'backups', 'design-system'] },
  { folder: 'dossier', mayImport: ['start', 'wizard', 'outcome', 'backups', 'design-system'] },
  { folder: 'workshop', mayImport: ['start', 'wizard', 'outcome', 'backups', 'design-system'] },
  { folder: 'start', mayImport: ['backups', 'design-system'] },
  { folder: 'wizard', mayImport: ['outcome', 'design-system'] },
  { folder: 'outcome', mayImport: ['design-system'] },
  { folder: 'backups', mayImport: ['design-system'] },
  { folder: 'design-system', mayImport: [] },
];
const appFolders = appLayers.map(({ folder }) => folder);
const forbiddenFor = (folder, mayImport) =>
  appFolders
    .filter((other) => other !== folder && !mayImport.includes(other))
    .flatMap((other) => [`../${other}/*`, `../../app/${other}/*`]);

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
  // src/app is grouped by what each part does for the user; a part imports only the parts below it in this list:
  // shell (the app's frame and routes) → dossier, workshop → start (and its list) → wizard → outcome (and reports)
  // → backups (and settings) → design-system (bindings and the small pieces every screen shares).
  ...appLayers.map(({ folder, mayImport, forbidden = forbiddenFor(folder, mayImport) }) => ({
    files: [`src/app/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbidden.length > 0
              ? [
                  {
                    group: forbidden,
                    message: `src/app/${folder} may import only ${mayImport.length > 0 ? mayImport.join(', ') : 'no other part of src/app'} (imports flow one way).`,
                  },
                ]
              : []),
            { group: ['../../cli/*'], message: 'The app does not import the command line.' },
          ],
        },
      ],
    },
  })),
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
