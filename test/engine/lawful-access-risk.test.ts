import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lawfulAccessRisk } from '../../src/engine/lawful-access-risk';

const probability = fc.double({ min: 0, max: 1, noNaN: true });
const pathsArbitrary = fc.array(fc.array(probability, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
const period = fc.integer({ min: 1, max: 10 });
const withIds = (paths: number[][]) => paths.map((factors, index) => ({ id: `p${index}`, factors }));

describe('the lawful-access probability (Rosenthal method)', () => {
  it('a path is the product of its factors', () => {
    const risk = lawfulAccessRisk(5, [{ id: 'fisa-702', factors: [0.5, 0.4, 0.1] }]);
    expect(risk.paths[0]!.probability).toBeCloseTo(0.02, 12);
    expect(risk.overPeriod).toBeCloseTo(0.02, 12);
  });

  it('paths combine as independent events: P_T = 1 − Π(1 − p_k)', () => {
    const risk = lawfulAccessRisk(5, [
      { id: 'a', factors: [0.1] },
      { id: 'b', factors: [0.2] },
    ]);
    expect(risk.overPeriod).toBeCloseTo(1 - 0.9 * 0.8, 12);
  });

  it('the yearly figure compounds back to the figure over the period', () => {
    const risk = lawfulAccessRisk(5, [{ id: 'a', factors: [0.0252] }]);
    expect(1 - Math.pow(1 - risk.perYear, 5)).toBeCloseTo(0.0252, 12);
    expect(risk.onceInYears).toBeCloseTo(1 / risk.perYear, 9);
    // Suva's published Microsoft 365 figure: 2.52% over 5 years is about once in 196 years.
    expect(Math.round(risk.onceInYears)).toBe(196);
  });

  it('no risk at all is "never", not a division by zero', () => {
    expect(lawfulAccessRisk(5, [{ id: 'a', factors: [0.5, 0] }])).toMatchObject({
      overPeriod: 0,
      perYear: 0,
      onceInYears: Infinity,
    });
  });

  it.each([
    [0, [0.5]],
    [5, [1.5]],
    [5, [-0.1]],
    [5, [Number.NaN]],
  ])('refuses a period of %s years or a factor outside [0, 1] (%j)', (years, factors) => {
    expect(() => lawfulAccessRisk(years, [{ id: 'a', factors }])).toThrow(RangeError);
  });

  it('stays within [0, 1] for any factors and period', () => {
    fc.assert(
      fc.property(period, pathsArbitrary, (years, paths) => {
        const risk = lawfulAccessRisk(years, withIds(paths));
        for (const value of [risk.overPeriod, risk.perYear, ...risk.paths.map((p) => p.probability)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never falls when any one factor rises', () => {
    fc.assert(
      fc.property(
        period,
        pathsArbitrary,
        fc.nat(),
        fc.nat(),
        probability,
        (years, paths, pathPick, factorPick, raised) => {
          const pathIndex = pathPick % paths.length;
          const factorIndex = factorPick % paths[pathIndex]!.length;
          const before = paths[pathIndex]![factorIndex]!;
          const higher = paths.map((factors, i) =>
            i === pathIndex ? factors.map((f, j) => (j === factorIndex ? Math.max(before, raised) : f)) : factors,
          );
          const low = lawfulAccessRisk(years, withIds(paths));
          const high = lawfulAccessRisk(years, withIds(higher));
          expect(high.overPeriod).toBeGreaterThanOrEqual(low.overPeriod);
          expect(high.perYear).toBeGreaterThanOrEqual(low.perYear);
        },
      ),
    );
  });
});
