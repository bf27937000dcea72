import react from '@vitejs/plugin-react';
import { parse } from 'yaml';
import { defineConfig, type Plugin } from 'vitest/config';

/** Questionnaires are YAML for their reviewers; the app receives them as plain data, so no YAML parser ships at start. */
const yamlAsData: Plugin = {
  name: 'yaml-as-data',
  transform(code, id) {
    if (!id.endsWith('.yaml')) return null;
    return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
  },
};

export default defineConfig({
  plugins: [react(), yamlAsData],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'ui', environment: 'jsdom', include: ['test/**/*.test.tsx'], setupFiles: ['test/setup-dom.ts'] },
      },
    ],
  },
});
