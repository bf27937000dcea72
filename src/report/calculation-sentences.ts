import type { TFunction } from 'i18next';
import type { CalculationSummary } from '../engine/assessment-result';
import type { Lang } from '../engine/text';

/** A probability as a percentage in the reader's language, to two decimals. */
export const percentIn = (lang: Lang) => (value: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(value);

/**
 * The sentences that explain a computed lawful-access figure, the same on screen and in every report format;
 * `reason` makes the questionnaire's text for the SLM Rijk rule safe for the format it goes into.
 */
export function calculationSentences(
  calculation: CalculationSummary,
  t: TFunction,
  lang: Lang,
  reason: (text: string) => string = (text) => text,
) {
  const percent = percentIn(lang);
  const years = calculation.periodYears;
  return {
    overPeriod: t('calculation.overPeriod', { years, percent: percent(calculation.overPeriod) }),
    perYear:
      calculation.onceInYears === null
        ? t('calculation.never')
        : t('calculation.perYear', {
            percent: percent(calculation.perYear),
            once: Math.round(calculation.onceInYears),
          }),
    threshold: t('calculation.threshold', { years, percent: percent(calculation.thresholdPercent / 100) }),
    level: t('calculation.level', { level: t(`outcome.levels.${calculation.level}`) }),
    basis:
      calculation.basis.kind === 'high-rule'
        ? t('calculation.basis.high-rule', { reason: reason(calculation.basis.text) })
        : t(`calculation.basis.${calculation.basis.kind}`),
    formula: t('calculation.formula', { years }),
  };
}
