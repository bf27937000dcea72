import { writeFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import { renderPdf } from '../report/render-pdf';
import type { ReportModel } from '../report/report-model';
import type { Backup } from '../storage/backup-format';

/**
 * For `report --format pdf`: renders the report with the app's own PDF renderer and writes it to outFile.
 * `assessment` is the one-assessment backup (renderJson) that the PDF carries, so importing the PDF restores it.
 * Resolves to the number of bytes written.
 */
export async function writePdfReport(
  model: ReportModel,
  t: TFunction,
  assessment: Backup,
  outFile: string,
): Promise<number> {
  const bytes = await renderPdf(model, t, assessment);
  await writeFile(outFile, bytes);
  return bytes.length;
}
