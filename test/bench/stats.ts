import { performance } from 'node:perf_hooks';

/** A timing as the bench reports it: the median and the range over every run, in milliseconds. */
export type Summary = { median: number; min: number; max: number; p95: number; runs: number };

/** The nearest-rank quantile: the smallest value at or above which a q share of the values lie. */
export const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('nothing was measured');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted.at(-1)!,
    p95: quantile(sorted, 0.95),
    runs: values.length,
  };
}

/** Runs `task` `warmup` times untimed (so the JIT has settled), then times `runs` more. */
export async function timeRuns(task: () => unknown, runs: number, warmup = Math.ceil(runs / 5)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}
