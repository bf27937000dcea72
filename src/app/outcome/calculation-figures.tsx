import { useTranslation } from 'react-i18next';
import type { CalculationSummary } from '../../engine/assessment-result';
import { calculationSentences, percentIn } from '../../report/calculation-sentences';
import { Citation } from '../design-system/citation';
import { Heading, Paragraph } from '../design-system/nl-design-system';
import { ScrollRegion } from '../design-system/scroll-region';
import { useLang } from '../design-system/use-lang';

/** A computed lawful-access figure laid open: each path with its factors, the combined probability, the level and why. */
export function CalculationFigures({ calculation }: { calculation: CalculationSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = percentIn(lang);
  const said = calculationSentences(calculation, t, lang);
  const years = calculation.periodYears;
  return (
    <section className="calculation" aria-labelledby={`calculation-${calculation.id}`}>
      <Heading level={2} id={`calculation-${calculation.id}`}>
        {calculation.label}
      </Heading>
      {/* The section is already a region named by the heading: the table's region has a name of its own. */}
      <ScrollRegion labelledBy={`calculation-${calculation.id}-table`}>
        <table className="utrecht-table">
          <caption id={`calculation-${calculation.id}-table`} className="visually-hidden">
            {t('tables.calculation')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('calculation.path')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('calculation.factors')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('calculation.probability', { years })}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {calculation.paths.map((path) => (
              <tr key={path.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {path.label}
                </th>
                <td className="utrecht-table__cell">
                  <ul className="utrecht-unordered-list">
                    {path.factors.map((factor) => (
                      <li key={factor.question} className="utrecht-unordered-list__item">
                        {t('calculation.factor', {
                          question: factor.text,
                          value: new Intl.NumberFormat(lang).format(factor.value),
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="utrecht-table__cell">{percent(path.probability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Paragraph>
        <strong>{said.overPeriod}</strong> {said.perYear}
      </Paragraph>
      <Paragraph>
        {said.threshold} {said.level} {said.basis}
      </Paragraph>
      <Paragraph className="calculation__formula">
        {said.formula} <Citation sources={calculation.source} />
      </Paragraph>
    </section>
  );
}
