/**
 * npm run bench — how fast and how small the app is, measured the same way every time (issue 7): sizes of a fresh
 * production build, the engine in Node, and the built app in Chromium. Prints a table and writes
 * bench/results.json with the machine, Node and Chromium versions and the date. Not part of `npm test`: timings
 * depend on the machine; the size budget, which does not, is a test (test/e2e/size-budget.e2e.ts).
 * `npm run bench -- --only list` runs the list of 1,000 alone and only prints it; `--only hostile` the hostile files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../browser/serve-build';
import { attribute, buildWithSourceMaps } from './attribution';
import { measureBrowser, measureList } from './browser';
import { measureEngine } from './engine';
import { measureHostileFiles } from './hostile-files';
import { commit, load, machine } from './machine';
import { browserRows, engineRows, listRows, originRows, sizeRows, targets } from './rows';
import { measureSizes } from './sizes';
import { sizeOf, startPageSize, sum } from './start-page-size';
import { formatTable } from './table';

const resultsDir = new URL('../../bench/', import.meta.url).pathname;
const resultsFile = `${resultsDir}results.json`;
const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const loadAtStart = load();

// `--only engine` measures just the engine in Node (no build, no browser) and prints it; bench/results.json is left as
// it was, since one part is no full run.
if (process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'engine') {
  const engine = await measureEngine(log);
  console.log(`\nload average ${loadAtStart} → ${load()}\n\n${formatTable(engineRows(engine))}`);
  process.exit(0);
}

// `--only hostile` times how long the engine takes to refuse each hostile questionnaire file, and prints it.
if (process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'hostile') {
  const hostile = await measureHostileFiles(log);
  console.log(`\nload average ${loadAtStart} → ${load()}\n`);
  for (const [name, time] of Object.entries(hostile))
    console.log(
      `${name.padEnd(16)} median ${time.median.toFixed(0)} ms (${time.min.toFixed(0)}–${time.max.toFixed(0)} ms, ${time.runs} runs)`,
    );
  process.exit(0);
}

// `--only list` measures just the list of 1,000 in Chromium and prints it; bench/results.json is left as it was.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined) {
  if (only !== 'list') throw new Error(`--only knows "engine", "hostile" and "list", not "${only}"`);
  log('production build');
  const outDir = await buildApp();
  try {
    const list = await measureList(outDir, log);
    console.log(`\nload average ${loadAtStart} → ${load()}\n\n${formatTable(listRows(list))}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  process.exit(0);
}

log('size: production build');
const outDir = await buildApp();
const mapsDir = await buildWithSourceMaps();
try {
  const sizes = measureSizes(outDir);
  // The source-mapped build is the same code; its own start page is attributed, so a changed hash cannot mislead.
  const mappedStart = startPageSize(mapsDir);
  const origins = attribute(
    mapsDir,
    mappedStart.js.map((file) => file.file),
  );
  const engine = await measureEngine(log);
  const hostileFiles = await measureHostileFiles(log);
  const browser = await measureBrowser(outDir, sizes.precache?.serviceWorker ?? null, log);

  // What Chromium actually fetched on a cold start, to check the manifest's answer against.
  const fetchedJs = browser.coldLoad.fetched.filter((path) => /\.m?js$/.test(path)).map((path) => path.slice(1));
  const fetched = { files: fetchedJs, ...sum(fetchedJs.map((file) => sizeOf(outDir, file))) };
  const table = formatTable([...sizeRows(sizes, fetched), ...engineRows(engine), ...browserRows(browser)]);
  const originTable = formatTable(originRows(origins));
  const seconds = Math.round((performance.now() - started) / 1000);
  const results = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: machine(),
    chromium: browser.chromium,
    loadAverage: { atStart: loadAtStart, atEnd: load() },
    durationSeconds: seconds,
    targets,
    // One string per line, so the table reads in the JSON too and can be pasted into the README.
    table: table.split('\n'),
    startPageByOrigin: { table: originTable.split('\n'), origins, mappedStartPageJs: mappedStart.totals.js },
    size: { ...sizes, fetchedByColdStart: fetched },
    engine,
    hostileFiles,
    browser,
  };
  mkdirSync(resultsDir, { recursive: true });
  const config = (await resolveConfig(resultsFile)) ?? {};
  writeFileSync(resultsFile, await format(JSON.stringify(results), { ...config, filepath: resultsFile }));

  const { cpu, cores, memoryGB, node } = results.machine;
  console.log(`\n${cpu}, ${cores} cores, ${memoryGB} GB; Node ${node}; Chromium ${browser.chromium}`);
  console.log(
    `${results.date}, commit ${results.commit}, load average ${loadAtStart} → ${results.loadAverage.atEnd}\n`,
  );
  console.log(table);
  console.log('\nStart page JS by origin (from the source maps):\n');
  console.log(originTable);
  console.log(`\nWritten to bench/results.json in ${seconds} s.`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(mapsDir, { recursive: true, force: true });
}
