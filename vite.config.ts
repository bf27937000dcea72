import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { parse } from 'yaml';
import { defineConfig, type Plugin } from 'vitest/config';
import { contentSecurityPolicyMeta } from './src/build/content-security-policy';
import { pdfOptionalDependencyStub, unusedPdfDependencies } from './src/build/pdf-optional-dependencies';
import { pwaOptions } from './src/build/pwa-options';
import { zodChunk } from './src/build/zod-chunk';
import { summaryFields } from './src/engine/questionnaire-schema';

/**
 * Questionnaires are YAML for their reviewers; the app receives them as plain data, so no YAML parser ships at
 * start. `file.yaml?summary` gives only what the start screen lists, so a questionnaire loads when it is opened.
 */
const yamlAsData: Plugin = {
  name: 'yaml-as-data',
  transform(code, id) {
    const [path, query] = id.split('?');
    if (!path!.endsWith('.yaml')) return null;
    const data = parse(code);
    const value = query === 'summary' ? summaryFields(data) : data;
    return { code: `export default ${JSON.stringify(value)};`, map: null };
  },
};

export default defineConfig({
  plugins: [react(), yamlAsData, VitePWA(pwaOptions), contentSecurityPolicyMeta],
  resolve: { alias: Object.fromEntries(unusedPdfDependencies.map((name) => [name, pdfOptionalDependencyStub])) },
  // The manifest lets the size budget and the benchmark find what the start page loads.
  build: { manifest: true, rolldownOptions: { output: { codeSplitting: { groups: [zodChunk] } } } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          setupFiles: ['test/setup-dom.ts'],
          // A wizard walked click by click through 30 questions takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          // Builds dist/ once and serves it: the browser tests test what `npm start` ships.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
