import { useTranslation } from 'react-i18next';
import type { CompiledQuestionnaire } from '../../engine/compile';
import type { VersionChange } from '../../storage/resume';
import { Alert, Heading, Paragraph } from '../design-system/nl-design-system';
import { useLang } from '../design-system/use-lang';

/** An assessment opened on a newer questionnaire version: what changed, and which answers no longer fit. */
export function VersionNotice({ change, compiled }: { change: VersionChange; compiled: CompiledQuestionnaire }) {
  const { t } = useTranslation();
  const lang = useLang();
  const texts = (ids: string[]) =>
    ids.map((id) => compiled.questions.get(id)?.text[lang] ?? id).join(t('answer.separator'));
  return (
    <Alert type="info" role="status">
      <Heading level={2}>{t('version.heading')}</Heading>
      <Paragraph>{t('version.intro', { from: change.from, to: change.to })}</Paragraph>
      {change.changed.length > 0 && <Paragraph>{t('version.changed', { questions: texts(change.changed) })}</Paragraph>}
      {change.added.length > 0 && <Paragraph>{t('version.added', { questions: texts(change.added) })}</Paragraph>}
      {change.droppedAnswers.length > 0 && (
        <Paragraph>
          {t('version.dropped', {
            questions: change.droppedAnswers.map((answer) => answer.question).join(t('answer.separator')),
          })}
        </Paragraph>
      )}
    </Alert>
  );
}
