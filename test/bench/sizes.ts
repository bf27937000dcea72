import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  readManifest,
  sizeOf,
  staticClosure,
  startPageSize,
  sum,
  type FileSize,
  type StartPage,
  type Totals,
} from './start-page-size';

/** A chunk loaded on demand, with what it pulls in that the start page has not loaded already. */
export type LazyChunk = { name: string; source: string; files: string[] } & Totals;
export type Precache = ({ serviceWorker: string; entries: number } & Totals) | null;
export type SizeResults = { startPage: StartPage; lazy: LazyChunk[]; precache: Precache };

/** Every dynamic import of the build, each with the files it adds beyond the start page. */
export function lazyChunks(outDir: string, startPage: StartPage): LazyChunk[] {
  const manifest = readManifest(outDir);
  const loaded = new Set(startPage.js.map((size) => size.file));
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const files = staticClosure(manifest, [key])
        .map((dependency) => manifest[dependency]!.file)
        .filter((file) => !loaded.has(file));
      return { name: chunk.name ?? key, source: chunk.src ?? key, files, ...sum(files.map((f) => sizeOf(outDir, f))) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** The service worker the PWA build writes: sw.js, or any top-level script that precaches. */
function findServiceWorker(outDir: string): string | null {
  if (existsSync(join(outDir, 'sw.js'))) return 'sw.js';
  return (
    readdirSync(outDir).find(
      (name) => name.endsWith('.js') && readFileSync(join(outDir, name), 'utf8').includes('precacheAndRoute'),
    ) ?? null
  );
}

/**
 * What the service worker downloads on install: the urls of its precache manifest (workbox writes them into sw.js
 * as `{url:"…",revision:…}`), summed over the built files. Null while the build has no service worker.
 */
export function precacheSize(outDir: string): Precache {
  const serviceWorker = findServiceWorker(outDir);
  if (!serviceWorker) return null;
  const code = readFileSync(join(outDir, serviceWorker), 'utf8');
  const urls = [...code.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((match) => match[1]!);
  const files = [...new Set(urls.map((url) => decodeURI(url.replace(/^\//, '').replace(/[?#].*$/, ''))))].filter(
    (file) => existsSync(join(outDir, file)) && statSync(join(outDir, file)).isFile(),
  );
  const sizes: FileSize[] = files.map((file) => sizeOf(outDir, file));
  return { serviceWorker, entries: files.length, ...sum(sizes) };
}

export function measureSizes(outDir: string): SizeResults {
  const startPage = startPageSize(outDir);
  return { startPage, lazy: lazyChunks(outDir, startPage), precache: precacheSize(outDir) };
}
