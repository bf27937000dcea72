import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireSummary } from '../../engine/questionnaire-schema';
import type { AssessmentRecord } from '../../storage/assessment-record';
import { matchesFilter, type AssessmentRepository } from '../../storage/assessment-repository';
import { assessmentStatuses } from '../../storage/assessment-record';
import { AssessmentRow, type RowActions } from './assessment-row';
import { dateTimeFormat } from '../design-system/date-time-format';
import { listPageSize } from './list-page-size';
import { ActionGroup, Button, Heading, Paragraph } from '../design-system/nl-design-system';
import { useLang } from '../design-system/use-lang';

type Props = {
  repository: AssessmentRepository;
  questionnaires: QuestionnaireSummary[];
  onOpen: (record: AssessmentRecord) => void;
  onExport: (ids: string[]) => void;
};

/**
 * The stored assessments, live across tabs: filter, search, open, rename, duplicate, delete with undo. The newest
 * `listPageSize` show, "show more" adds as many again; search and filters look through all of them.
 */
export function AssessmentList({ repository, questionnaires, onOpen, onExport }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(listPageSize);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<{ title: string; undo: () => Promise<void> } | null>(null);
  const filtering = questionnaireId !== '' || status !== '' || search.trim() !== '';
  // The first page needs only its rows and the count. Beyond it, or with a search or filter, every record is read
  // once and narrowed and paged in memory: typing and "show more" then read nothing, and unchanged rows stay as
  // they are.
  const newest = useLiveQuery(() => repository.newest(listPageSize), [repository]);
  const wantsAll = filtering || limit > listPageSize;
  const all = useLiveQuery(() => (wantsAll ? repository.list({}) : null), [repository, wantsAll]);
  const matches = useMemo(() => {
    if (!wantsAll || !all) return null;
    const statusFilter = assessmentStatuses.find((value) => value === status);
    return all.filter(
      matchesFilter({
        ...(questionnaireId ? { questionnaireId } : {}),
        ...(statusFilter ? { status: statusFilter } : {}),
        search,
      }),
    );
  }, [wantsAll, all, questionnaireId, status, search]);
  const actions = useMemo(
    (): RowActions => ({
      open: onOpen,
      rename: (record, title) => repository.rename(record.id, title),
      duplicate: (record) => repository.duplicate(record.id, t('assessments.copyTitle', { title: record.title })),
      remove: (record) => void repository.remove(record.id).then((undo) => setDeleted({ title: record.title, undo })),
      export: (record) => onExport([record.id]),
    }),
    [repository, onOpen, onExport, t],
  );
  // After "show more", focus goes to the heading of the first row it added, once that row is there: that is where
  // the new reading starts, and the button, now below 50 more rows, would leave keyboard users tabbing back to it.
  const focusAdded = useCallback((heading: HTMLHeadingElement | null) => {
    if (!heading) return;
    heading.focus();
    setFocusRow(null);
  }, []);

  /** A new search or filter starts again at the newest page. */
  const refilter = (change: () => void) => {
    change();
    setLimit(listPageSize);
    setFocusRow(null);
  };
  const titleOf = (questionnaire: string) =>
    questionnaires.find((candidate) => candidate.id === questionnaire)?.title[lang] ?? questionnaire;

  if (newest === undefined) return null;
  // Until every record is read (for a first search or "show more"), the first page stays on screen as it was.
  const total = all && matches ? all.length : newest.total;
  const shown = matches ? matches.slice(0, limit) : newest.records;
  const remaining = (matches ? matches.length : newest.total) - shown.length;
  const dateFormat = dateTimeFormat(lang);
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
      {total === 0 ? (
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
              onChange={(event) => refilter(() => setSearch(event.target.value))}
            />
            <label className="utrecht-form-label" htmlFor={`${id}-questionnaire`}>
              {t('assessments.filterQuestionnaire')}
            </label>
            <select
              id={`${id}-questionnaire`}
              className="utrecht-select utrecht-select--html-select"
              value={questionnaireId}
              onChange={(event) => refilter(() => setQuestionnaireId(event.target.value))}
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
              onChange={(event) => refilter(() => setStatus(event.target.value))}
            >
              <option value="">{t('assessments.all')}</option>
              {assessmentStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(`assessments.status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {/* Read out when a search or filter changes it, so a screen-reader user hears what the typing found. */}
          <Paragraph className="assessment-list__count" aria-live="polite" aria-atomic="true">
            {filtering && matches
              ? t('assessments.countMatching', { matches: matches.length, count: total })
              : t('assessments.count', { count: total })}
          </Paragraph>
          {shown.length === 0 ? (
            <Paragraph>{t('assessments.noMatch')}</Paragraph>
          ) : (
            <>
              <ul className="assessment-list__items">
                {shown.map((record, index) => (
                  <AssessmentRow
                    key={record.id}
                    record={record}
                    questionnaireTitle={titleOf(record.questionnaire.id)}
                    t={t}
                    dateFormat={dateFormat}
                    actions={actions}
                    {...(index === focusRow ? { headingRef: focusAdded } : {})}
                  />
                ))}
              </ul>
              {(remaining > 0 || (filtering && matches)) && (
                <ActionGroup className="assessment-list__after">
                  {remaining > 0 && (
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => {
                        setFocusRow(shown.length);
                        setLimit(shown.length + listPageSize);
                      }}
                    >
                      {t('assessments.showMore', { remaining })}
                    </Button>
                  )}
                  {/* Unfiltered, "save all" in the backup section below is the same file. */}
                  {filtering && matches && (
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => onExport(matches.map((record) => record.id))}
                    >
                      {t('assessments.exportMatching', { count: matches.length })}
                    </Button>
                  )}
                </ActionGroup>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
