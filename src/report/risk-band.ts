import type { Scale } from './report-model';

const weight = { low: 0, medium: 1, high: 2 } as const;

/** The band a matrix cell is shaded in, low, medium or high, by likelihood plus severity: one rule for screen and paper. */
export const riskBand = (likelihood: Scale, severity: Scale) =>
  (['low', 'low', 'medium', 'high', 'high'] as const)[weight[likelihood] + weight[severity]]!;
