import type { Lang } from '../engine/text';
import { problemMessages } from '../engine/problem-messages';
import { backupPartMessages, backupProblemMessages } from '../storage/backup-problem-messages';
import { nlProblems } from './nl-problems';

/**
 * The words of every problem a file can have, per language: English is the catalogues as the CLI prints them,
 * Dutch is nl-problems.ts. Loaded only when a problem is shown, so the start page does not carry them.
 */
export const problemTexts: Record<Lang, Readonly<Record<string, string>>> = {
  nl: nlProblems,
  en: { ...problemMessages, ...backupProblemMessages, ...backupPartMessages },
};
