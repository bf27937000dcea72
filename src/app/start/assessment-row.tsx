import type { TFunction } from 'i18next';
import { memo, useState, type Ref } from 'react';
import type { AssessmentRecord } from '../../storage/assessment-record';
import { AssessmentRename } from './assessment-rename';
import { ActionGroup, Button, Heading, Paragraph } from '../design-system/nl-design-system';

/** What can be done with a row's assessment; one object for the whole list, so a row re-renders only when its record does. */
export type RowActions = {
  open: (record: AssessmentRecord) => void;
  rename: (record: AssessmentRecord, title: string) => Promise<unknown>;
  duplicate: (record: AssessmentRecord) => Promise<unknown>;
  remove: (record: AssessmentRecord) => void;
  export: (record: AssessmentRecord) => void;
};

type Props = {
  record: AssessmentRecord;
  questionnaireTitle: string;
  /** Passed down rather than a hook per row: a list of many rows subscribes to the language once. */
  t: TFunction;
  dateFormat: Intl.DateTimeFormat;
  actions: RowActions;
  /** Given to the one row whose heading takes focus (the first one "show more" added). */
  headingRef?: Ref<HTMLHeadingElement>;
};

/** One stored assessment: where it stands, and what can be done with it. Memoised: typing a search re-renders no row. */
export const AssessmentRow = memo(function AssessmentRow({
  record,
  questionnaireTitle,
  t,
  dateFormat,
  actions,
  headingRef,
}: Props) {
  const [renaming, setRenaming] = useState(false);
  const where = record.outcome
    ? t('assessments.outcomeLevel', { level: t(`outcome.levels.${record.outcome.level}`) })
    : t('assessments.progress', { step: record.progress.step, max: record.progress.maxSteps });

  return (
    <li className="assessment-row">
      {/* A list of many rows: headings that do not dwarf the actions under them. */}
      <Heading level={3} appearanceLevel={4} ref={headingRef} tabIndex={-1}>
        <bdi>{record.title}</bdi>
      </Heading>
      <Paragraph className="assessment-row__meta">
        {/* A default title already names the questionnaire. */}
        {record.title.includes(questionnaireTitle) ? (
          ''
        ) : (
          <>
            <bdi>{questionnaireTitle}</bdi> ·{' '}
          </>
        )}
        {t(`assessments.status.${record.status}`)} · {where} ·{' '}
        {t('assessments.updated', { date: dateFormat.format(new Date(record.updated)) })}
      </Paragraph>
      {renaming ? (
        <AssessmentRename
          title={record.title}
          t={t}
          onSave={(title) => actions.rename(record, title).then(() => setRenaming(false))}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <ActionGroup aria-label={t('assessments.actionsLabel', { title: record.title })}>
          <Button
            appearance="primary-action-button"
            aria-label={t('assessments.openLabel', { title: record.title })}
            onClick={() => actions.open(record)}
          >
            {t('assessments.open')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setRenaming(true)}>
            {t('assessments.rename')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void actions.duplicate(record)}>
            {t('assessments.duplicate')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => actions.export(record)}>
            {t('backup.exportOne')}
          </Button>
          <Button appearance="subtle-button" onClick={() => actions.remove(record)}>
            {t('assessments.delete')}
          </Button>
        </ActionGroup>
      )}
    </li>
  );
});
