import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '../../engine/assessment-result';
import { Citation } from '../design-system/citation';
import { ScrollRegion } from '../design-system/scroll-region';

/** Risks with their likelihood and severity, as a table so each cell is read with its column header. */
export function RiskTable({ risks, labelledBy }: { risks: AssessmentResult['risks']; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <table className="utrecht-table risk-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('report.number')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('outcome.risk')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('outcome.likelihood')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('outcome.severity')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {risks.map((risk, index) => (
            <tr key={risk.text} className="utrecht-table__row">
              <td className="utrecht-table__cell">{index + 1}</td>
              <td className="utrecht-table__cell">
                {risk.text}
                <Citation sources={risk.source} />
              </td>
              <td className="utrecht-table__cell">{t(`outcome.scale.${risk.likelihood}`)}</td>
              <td className="utrecht-table__cell">{t(`outcome.scale.${risk.severity}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
