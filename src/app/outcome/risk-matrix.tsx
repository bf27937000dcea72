import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { scale, type ReportModel } from '../../report/report-model';
import { riskBand } from '../../report/risk-band';
import { ScrollRegion } from '../design-system/scroll-region';

/** Likelihood × severity as a table, so a screen reader reads each cell with its row and column; cells list risk numbers. */
export function RiskMatrix({ matrix }: { matrix: ReportModel['matrix'] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="utrecht-table risk-matrix">
        <caption id={captionId} className="utrecht-table__caption">
          {t('report.matrix')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <td className="utrecht-table__header-cell">
              {t('report.likelihood')} \ {t('report.severity')}
            </td>
            {scale.map((severity) => (
              <th key={severity} scope="col" className="utrecht-table__header-cell">
                {t(`outcome.scale.${severity}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {[...scale].reverse().map((likelihood) => (
            <tr key={likelihood} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {t(`outcome.scale.${likelihood}`)}
              </th>
              {scale.map((severity) => {
                const cell = matrix.find((entry) => entry.likelihood === likelihood && entry.severity === severity)!;
                const band = riskBand(likelihood, severity);
                return (
                  <td key={severity} className={`utrecht-table__cell risk-matrix__cell risk-matrix__cell--${band}`}>
                    {cell.risks.join(', ')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
