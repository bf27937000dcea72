import { isolate } from '../design-system/isolate';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../storage/backup-format';
import type { ImportPlan } from '../../storage/backup-import';
import { importDecisions, type ImportDecision } from '../../storage/import-decisions';
import type { AssessmentDatabase } from '../../storage/database';
import { exportAssessments } from './export-assessments';
import { ActionGroup, Alert, Button, Heading, Paragraph, Radio } from '../design-system/nl-design-system';
import { FilePicker } from '../design-system/file-picker';
import { useLang } from '../design-system/use-lang';
import { loadProblemWords, useProblemWords } from '../design-system/use-problem-words';
import type { BackupProblem } from '../../storage/backup-problems';

type Pending = { backup: Backup; plan: ImportPlan; decisions: Record<string, ImportDecision> };
type Outcome = { kind: 'done'; count: number } | { kind: 'refused'; problems: BackupProblem[] };

const decisions = importDecisions;
// Reading a backup (its checks and the words of its problems) loads with the first file chosen, not with the page.
const loadBackupImport = () => import('../../storage/backup-import');
const decisionKey = { 'keep-both': 'backup.keepBoth', replace: 'backup.replace', skip: 'backup.skip' } as const;

/** Saving all assessments as a file, and restoring one: checked whole before anything is written, never overwriting unasked. */
export function BackupSection({ db, onRestored }: { db: AssessmentDatabase; onRestored?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const word = useProblemWords();
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const apply = async (backup: Backup, chosen: Record<string, ImportDecision>) => {
    const { applyImport } = await loadBackupImport();
    const result = await applyImport(db, backup, chosen);
    if (!result.ok) await loadProblemWords();
    else onRestored?.();
    setPending(null);
    setOutcome(
      result.ok
        ? { kind: 'done', count: result.added.length + result.replaced.length + result.keptBoth.length }
        : { kind: 'refused', problems: result.problems },
    );
  };

  const chooseFile = async (file: File) => {
    setOutcome(null);
    const { readBackupBytes, planImport } = await loadBackupImport();
    const read = readBackupBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      await loadProblemWords();
      setOutcome({ kind: 'refused', problems: read.problems });
      return;
    }
    const plan = await planImport(db, read.backup);
    if (plan.conflicts.length === 0) {
      await apply(read.backup, {});
      return;
    }
    const keepBoth = Object.fromEntries(plan.conflicts.map((conflict) => [conflict.id, 'keep-both' as const]));
    setPending({ backup: read.backup, plan, decisions: keepBoth });
  };

  return (
    <section className="backup-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('backup.heading')}
      </Heading>
      <Paragraph>{t('backup.intro')}</Paragraph>
      <ActionGroup>
        <Button appearance="secondary-action-button" onClick={() => void exportAssessments(db, 'all')}>
          {t('backup.exportAll')}
        </Button>
      </ActionGroup>
      <FilePicker
        id={`${id}-file`}
        label={t('backup.importLabel')}
        accept=".json,application/json,.pdf,application/pdf"
        onFile={(file) => void chooseFile(file)}
      />
      {pending && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void apply(pending.backup, pending.decisions);
          }}
        >
          <Heading level={3}>{t('backup.conflictsHeading')}</Heading>
          <Paragraph>{t('backup.conflictIntro')}</Paragraph>
          {pending.plan.conflicts.map((conflict) => (
            <fieldset key={conflict.id} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                {t('backup.conflict', {
                  title: isolate(conflict.existing.title),
                  imported: date(conflict.imported.updated),
                  existing: date(conflict.existing.updated),
                })}
              </legend>
              {decisions.map((decision) => (
                <div key={decision} className="utrecht-form-field utrecht-form-field--radio">
                  <Radio
                    id={`${id}-${conflict.id}-${decision}`}
                    name={`${id}-${conflict.id}`}
                    checked={pending.decisions[conflict.id] === decision}
                    onChange={() =>
                      setPending({ ...pending, decisions: { ...pending.decisions, [conflict.id]: decision } })
                    }
                  />
                  <label
                    className="utrecht-form-label utrecht-form-label--radio"
                    htmlFor={`${id}-${conflict.id}-${decision}`}
                  >
                    {t(decisionKey[decision])}
                  </label>
                </div>
              ))}
            </fieldset>
          ))}
          <Button type="submit" appearance="primary-action-button">
            {t('backup.apply')}
          </Button>
        </form>
      )}
      {outcome?.kind === 'done' && <Paragraph role="status">{t('backup.done', { count: outcome.count })}</Paragraph>}
      {outcome?.kind === 'refused' && (
        <Alert type="error">
          <Paragraph>{t('backup.refused')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {outcome.problems.map((problem, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                <code className="problem-text">
                  {problem.where === null ? '' : `${problem.where}: `}
                  {word(problem, problem.message)}
                </code>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
