import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../storage/assessment-record';
import { ActionGroup, Button, Heading, Paragraph, TextInput } from './nl-design-system';
import { useLang } from './use-lang';

type Props = {
  record: AssessmentRecord;
  questionnaireTitle: string;
  onOpen: () => void;
  onRename: (title: string) => Promise<unknown>;
  onDuplicate: () => Promise<unknown>;
  onDelete: () => void;
  onExport: () => void;
};

/** One stored assessment: where it stands, and what can be done with it. */
export function AssessmentRow({
  record,
  questionnaireTitle,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
  onExport,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [renaming, setRenaming] = useState<string | null>(null);
  const updated = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(record.updated),
  );
  const where = record.outcome
    ? t('assessments.outcomeLevel', { level: t(`outcome.levels.${record.outcome.level}`) })
    : t('assessments.progress', { step: record.progress.step, max: record.progress.maxSteps });

  return (
    <li className="assessment-row">
      {/* A list of many rows: headings that do not dwarf the actions under them. */}
      <Heading level={3} appearanceLevel={4}>
        {record.title}
      </Heading>
      <Paragraph className="assessment-row__meta">
        {/* A default title already names the questionnaire. */}
        {record.title.includes(questionnaireTitle) ? '' : `${questionnaireTitle} · `}
        {t(`assessments.status.${record.status}`)} · {where} · {t('assessments.updated', { date: updated })}
      </Paragraph>
      {renaming === null ? (
        <ActionGroup aria-label={t('assessments.actionsLabel', { title: record.title })}>
          <Button
            appearance="primary-action-button"
            aria-label={t('assessments.openLabel', { title: record.title })}
            onClick={onOpen}
          >
            {t('assessments.open')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setRenaming(record.title)}>
            {t('assessments.rename')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void onDuplicate()}>
            {t('assessments.duplicate')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onExport}>
            {t('backup.exportOne')}
          </Button>
          <Button appearance="subtle-button" onClick={onDelete}>
            {t('assessments.delete')}
          </Button>
        </ActionGroup>
      ) : (
        <form
          className="assessment-row__rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (renaming.trim()) void onRename(renaming.trim()).then(() => setRenaming(null));
          }}
        >
          <label className="utrecht-form-label" htmlFor={`${id}-title`}>
            {t('assessments.renameLabel', { title: record.title })}
          </label>
          <TextInput
            id={`${id}-title`}
            value={renaming}
            maxLength={200}
            required
            onChange={(event) => setRenaming(event.target.value)}
          />
          <ActionGroup>
            <Button type="submit" appearance="primary-action-button">
              {t('assessments.save')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setRenaming(null)}>
              {t('assessments.cancel')}
            </Button>
          </ActionGroup>
        </form>
      )}
    </li>
  );
}
