import { backupFileName, exportBackup } from '../../storage/backup-export';
import type { AssessmentDatabase } from '../../storage/database';
import { downloadFile } from '../design-system/download-file';

/** Saves one, several or all assessments as a backup file the user keeps; nothing else leaves the device. */
export async function exportAssessments(db: AssessmentDatabase, ids: string[] | 'all') {
  const backup = await exportBackup(db, ids);
  downloadFile(backupFileName(new Date()), JSON.stringify(backup, null, 2));
}
