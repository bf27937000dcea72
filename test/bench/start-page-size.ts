import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';

/**
 * What the start page costs to download, read from a production build: the size budget in `npm test` and
 * `npm run bench` both use this, so the number the test guards is the number the benchmark reports.
 */
export type FileSize = { file: string; raw: number; gzip: number; brotli: number };
export type Totals = Omit<FileSize, 'file'>;
export type StartPage = {
  js: FileSize[];
  css: FileSize[];
  totals: { js: Totals; css: Totals; all: Totals };
  /** Files index.html loads that the manifest does not list (e.g. a service worker's registration script). */
  outsideManifest: string[];
};

/** Sizes are in kB of 1,000 bytes, as Vite prints them. */
export const kB = 1000;

export const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes: Buffer) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

/** A built file's size as stored, and as gzip -9 and brotli -11 would send it. */
export function sizeOf(outDir: string, file: string): FileSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
}

export const sum = (sizes: readonly Totals[]): Totals => ({
  raw: sizes.reduce((total, size) => total + size.raw, 0),
  gzip: sizes.reduce((total, size) => total + size.gzip, 0),
  brotli: sizes.reduce((total, size) => total + size.brotli, 0),
});

export const readManifest = (outDir: string): Manifest =>
  JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) satisfies Manifest;

/** A manifest key and every chunk it imports statically, transitively: what loading it makes the browser fetch. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key]?.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...seen];
}

/** The same-origin scripts, module preloads and style sheets index.html names, as paths in the build. */
export function referencedByIndexHtml(outDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const local = (url: string) => !/^[a-z]+:|^\/\//i.test(url);
  const path = (url: string) => url.replace(/^\//, '').replace(/[?#].*$/, '');
  const tags = [...html.matchAll(/<(script|link)\b([^>]*)>/gi)];
  const attribute = (attributes: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1];
  const js: string[] = [];
  const css: string[] = [];
  for (const [, tag, attributes = ''] of tags) {
    const rel = attribute(attributes, 'rel');
    const url = tag!.toLowerCase() === 'script' ? attribute(attributes, 'src') : attribute(attributes, 'href');
    if (!url || !local(url)) continue;
    if (tag!.toLowerCase() === 'script' || rel === 'modulepreload') js.push(path(url));
    else if (rel === 'stylesheet') css.push(path(url));
  }
  return { js, css };
}

/**
 * The JS and CSS the start page loads before anything is clicked: the entry chunk, its static imports (which
 * index.html modulepreloads) and their CSS, per the build manifest, plus anything else index.html names.
 */
export function startPageSize(outDir: string): StartPage {
  const manifest = readManifest(outDir);
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const chunks = staticClosure(manifest, entries).map((key) => manifest[key]!);
  const fromManifest = {
    js: chunks.map((chunk) => chunk.file),
    css: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
  };
  const fromHtml = referencedByIndexHtml(outDir);
  const outsideManifest = [
    ...fromHtml.js.filter((file) => !fromManifest.js.includes(file)),
    ...fromHtml.css.filter((file) => !fromManifest.css.includes(file)),
  ];
  const bySize = (a: FileSize, b: FileSize) => b.gzip - a.gzip;
  const js = [...new Set([...fromManifest.js, ...fromHtml.js])].map((file) => sizeOf(outDir, file)).sort(bySize);
  const css = [...new Set([...fromManifest.css, ...fromHtml.css])].map((file) => sizeOf(outDir, file)).sort(bySize);
  return { js, css, totals: { js: sum(js), css: sum(css), all: sum([...js, ...css]) }, outsideManifest };
}

/** "graph-ZbihCSe.js 31.2 kB" for the biggest files, to say where the bytes are. */
export const biggest = (sizes: readonly FileSize[], count = 3) =>
  sizes
    .slice(0, count)
    .map((size) => `${size.file.replace(/^assets\//, '')} ${(size.gzip / kB).toFixed(1)} kB`)
    .join(', ');
