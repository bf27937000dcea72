import { decode } from '@jridgewell/sourcemap-codec';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { gzipSize } from './start-page-size';

/** Bytes of the start page's JavaScript that come from one package (or one folder of our own source). */
export type Contribution = { origin: string; raw: number; gzip: number };

const root = new URL('../..', import.meta.url).pathname;

/**
 * The production build again, with source maps beside the files (hidden: the code itself is the same bytes as
 * buildApp's), so every byte of a chunk can be traced to the module it came from.
 */
export async function buildWithSourceMaps(outDir = mkdtempSync(join(tmpdir(), 'privacy-app-maps-'))) {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: 'hidden' } });
  return outDir;
}

/** "react-dom", "@xstate/react", or our own "src/app", "questionnaires"; a source is a path from the repository root. */
export function originOf(source: string): string {
  const inPackage = source.split('node_modules/').at(-1)!;
  if (inPackage !== source) {
    const parts = inPackage.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (source.startsWith('src/')) return source.split('/').slice(0, 2).join('/');
  if (source.startsWith('questionnaires/')) return 'questionnaires';
  // Virtual modules, such as vite-plugin-pwa's registration, are named after their plugin.
  const plugin = /@?(vite-plugin-[a-z-]+)/.exec(source)?.[1];
  return plugin ?? '(bundler runtime)';
}

/**
 * Splits each file's bytes over the origins its source map names. Raw bytes are exact (UTF-8, per mapped
 * segment); gzip is each origin's bytes compressed on their own, scaled so a file's parts add up to its real gzip.
 */
export function attribute(outDir: string, files: readonly string[]): Contribution[] {
  const totals = new Map<string, { raw: number; gzip: number }>();
  for (const file of files) {
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const code = readFileSync(join(outDir, file), 'utf8');
    const map: { sources: string[]; mappings: string } = JSON.parse(readFileSync(mapFile, 'utf8'));
    const parts = new Map<string, string[]>();
    const add = (origin: string, text: string) => parts.set(origin, [...(parts.get(origin) ?? []), text]);
    const lines = code.split('\n');
    decode(map.mappings).forEach((segments, lineIndex) => {
      const line = lines[lineIndex] ?? '';
      if (segments.length === 0) return add('(unmapped)', line);
      add('(unmapped)', line.slice(0, segments[0]![0]));
      segments.forEach((segment, index) => {
        const end = segments[index + 1]?.[0] ?? line.length;
        const source = segment.length > 1 ? map.sources[segment[1]!] : undefined;
        const fromRoot = source === undefined ? undefined : relative(root, resolve(dirname(mapFile), source));
        add(fromRoot === undefined ? '(unmapped)' : originOf(fromRoot), line.slice(segment[0], end));
      });
    });
    const joined = [...parts].map(([origin, texts]) => ({ origin, bytes: Buffer.from(texts.join('')) }));
    const alone = joined.map(({ bytes }) => (bytes.length > 0 ? gzipSize(bytes) : 0));
    const scale =
      gzipSize(Buffer.from(code)) /
      Math.max(
        1,
        alone.reduce((a, b) => a + b, 0),
      );
    joined.forEach(({ origin, bytes }, index) => {
      const total = totals.get(origin) ?? { raw: 0, gzip: 0 };
      totals.set(origin, { raw: total.raw + bytes.length, gzip: total.gzip + alone[index]! * scale });
    });
  }
  return [...totals]
    .map(([origin, size]) => ({ origin, raw: size.raw, gzip: Math.round(size.gzip) }))
    .filter((contribution) => contribution.raw > 0)
    .sort((a, b) => b.gzip - a.gzip);
}
