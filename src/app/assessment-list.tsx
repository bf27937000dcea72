import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireSummary } from '../engine/questionnaire-schema';
import type { AssessmentRecord } from '../storage/assessment-record';
import type { AssessmentRepository } from '../storage/assessment-repository';
import { assessmentStatuses } from '../storage/assessment-record';
import { AssessmentRow } from './assessment-row';
import { Button, Heading, Paragraph } from './nl-design-system';
import { useLang } from './use-lang';

type Props = {
  repository: AssessmentRepository;
  questionnaires: QuestionnaireSummary[];
  onOpen: (record: AssessmentRecord) => void;
  onExport: (ids: string[]) => void;
};

/** The stored assessments, live across tabs: filter, search, open, rename, duplicate, delete with undo. */
export function AssessmentList({ repository, questionnaires, onOpen, onExport }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [deleted, setDeleted] = useState<{ title: string; undo: () => Promise<void> } | null>(null);
  const all = useLiveQuery(() => repository.list({}), [repository]);
  const shown = useLiveQuery(
    () =>
      repository.list({
        ...(questionnaireId ? { questionnaireId } : {}),
        ...(status ? { status: status as AssessmentRecord['status'] } : {}),
        ...(search.trim() ? { search: search.trim() } : {}),
      }),
    [repository, questionnaireId, status, search],
  );
  const titleOf = (questionnaire: string) =>
    questionnaires.find((candidate) => candidate.id === questionnaire)?.title[lang] ?? questionnaire;

  const remove = async (record: AssessmentRecord) => {
    setDeleted({ title: record.title, undo: await repository.remove(record.id) });
  };

  if (all === undefined || shown === undefined) return null;
  return (
    <section className="assessment-list" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('assessments.heading')}
      </Heading>
      <Paragraph>{t('assessments.intro')}</Paragraph>
      {deleted && (
        <div className="assessment-list__deleted" role="status">
          <Paragraph>{t('assessments.deleted', { title: deleted.title })}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void deleted.undo().then(() => setDeleted(null))}>
            {t('assessments.undo')}
          </Button>
        </div>
      )}
      {all.length === 0 ? (
        <Paragraph>{t('assessments.none')}</Paragraph>
      ) : (
        <>
          <div className="assessment-list__filters">
            <label className="utrecht-form-label" htmlFor={`${id}-search`}>
              {t('assessments.search')}
            </label>
            <input
              id={`${id}-search`}
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <label className="utrecht-form-label" htmlFor={`${id}-questionnaire`}>
              {t('assessments.filterQuestionnaire')}
            </label>
            <select
              id={`${id}-questionnaire`}
              className="utrecht-select utrecht-select--html-select"
              value={questionnaireId}
              onChange={(event) => setQuestionnaireId(event.target.value)}
            >
              <option value="">{t('assessments.all')}</option>
              {questionnaires.map((questionnaire) => (
                <option key={questionnaire.id} value={questionnaire.id}>
                  {questionnaire.title[lang]}
                </option>
              ))}
            </select>
            <label className="utrecht-form-label" htmlFor={`${id}-status`}>
              {t('assessments.filterStatus')}
            </label>
            <select
              id={`${id}-status`}
              className="utrecht-select utrecht-select--html-select"
              value={status}
              onChange={(event) => setStatus(event.target.value)}
            >
              <option value="">{t('assessments.all')}</option>
              {assessmentStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`assessments.status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {shown.length === 0 ? (
            <Paragraph>{t('assessments.noMatch')}</Paragraph>
          ) : (
            <>
              <ul className="assessment-list__items">
                {shown.map((record) => (
                  <AssessmentRow
                    key={record.id}
                    record={record}
                    questionnaireTitle={titleOf(record.questionnaire.id)}
                    onOpen={() => onOpen(record)}
                    onRename={(title) => repository.rename(record.id, title)}
                    onDuplicate={() =>
                      repository.duplicate(record.id, t('assessments.copyTitle', { title: record.title }))
                    }
                    onDelete={() => void remove(record)}
                    onExport={() => onExport([record.id])}
                  />
                ))}
              </ul>
              <Button appearance="secondary-action-button" onClick={() => onExport(shown.map((record) => record.id))}>
                {t('backup.exportShown', { count: shown.length })}
              </Button>
            </>
          )}
        </>
      )}
    </section>
  );
}
