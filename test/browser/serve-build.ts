import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The production build, exactly as `npm run build` makes it, into a folder of its own (a fresh temporary one unless
 * given), so parallel runs never serve each other's half-written files. Returns the folder.
 */
export async function buildApp(outDir = mkdtempSync(join(tmpdir(), 'privacy-app-'))) {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export type ServedApp = { url: string; close: () => Promise<void> };

/** Serves a build on 127.0.0.1 on a free port, as `npm start` does; `url` ends without a slash. */
export async function serveBuild(outDir: string): Promise<ServedApp> {
  const server: PreviewServer = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the preview server did not report its address');
  return { url, close: () => server.close() };
}
