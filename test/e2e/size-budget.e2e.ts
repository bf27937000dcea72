import { describe, expect, it } from 'vitest';
import { biggest, kB, startPageSize } from '../bench/start-page-size';
import { buildDir } from './browser-context';

/**
 * The start page's gzipped JavaScript may not grow past this. The target (issue 7) is 150 kB; the build is above
 * it today, so the budget holds the measured size plus a little: see README, Performance, for what would close the gap.
 */
const startPageJsBudget = 173 * kB;

describe('the start page stays within its size budget', () => {
  it('the JavaScript the start page loads is at most the budget, gzipped', () => {
    const { js, totals } = startPageSize(buildDir());
    const measured = totals.js.gzip;
    expect(
      measured,
      `the start page loads ${(measured / kB).toFixed(1)} kB of gzipped JavaScript, over its budget of ` +
        `${(startPageJsBudget / kB).toFixed(1)} kB; biggest: ${biggest(js)}`,
    ).toBeLessThanOrEqual(startPageJsBudget);
  });
});
