import { build, preview, type PreviewServer } from 'vite';

const root = new URL('../..', import.meta.url).pathname;

/** The production build into dist/, exactly as `npm run build` makes it. */
export async function buildApp() {
  await build({ root, logLevel: 'warn' });
}

export type ServedApp = { url: string; close: () => Promise<void> };

/** Serves dist/ on 127.0.0.1 on a free port, as `npm start` does; `url` ends without a slash. */
export async function serveBuild(): Promise<ServedApp> {
  const server: PreviewServer = await preview({
    root,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the preview server did not report its address');
  return { url, close: () => server.close() };
}
