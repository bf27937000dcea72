/**
 * The probability that a foreign authority gains lawful access to data in clear, after the method of
 * D. Rosenthal (VISCHER) used in the SLM Rijk DTIAs: each access path is a chain of conditional factors
 * over an assessment period of T years; paths are independent events.
 */
export type AccessPathInput = { id: string; factors: number[] };

export type LawfulAccessRisk = {
  /** p_k: the probability of each path over the period, the product of its factors. */
  paths: { id: string; probability: number }[];
  /** P_T = 1 − Π(1 − p_k): at least one path succeeds within the period. */
  overPeriod: number;
  /** p_1 = 1 − (1 − P_T)^(1/T): the same risk spread evenly over the years. */
  perYear: number;
  /** About once in 1/p_1 years; Infinity when the risk is nil. */
  onceInYears: number;
};

export function lawfulAccessRisk(periodYears: number, paths: AccessPathInput[]): LawfulAccessRisk {
  if (!(periodYears >= 1)) throw new RangeError(`the assessment period must be at least 1 year, not ${periodYears}`);
  for (const path of paths) {
    for (const factor of path.factors) {
      if (!(factor >= 0 && factor <= 1))
        throw new RangeError(`factor ${factor} of path "${path.id}" is not a probability in [0, 1]`);
    }
  }
  const perPath = paths.map((path) => ({
    id: path.id,
    probability: path.factors.reduce((product, f) => product * f, 1),
  }));
  const overPeriod = 1 - perPath.reduce((none, path) => none * (1 - path.probability), 1);
  const perYear = 1 - Math.pow(1 - overPeriod, 1 / periodYears);
  return { paths: perPath, overPeriod, perYear, onceInYears: perYear > 0 ? 1 / perYear : Infinity };
}
