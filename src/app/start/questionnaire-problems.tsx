import { Alert, Heading, Paragraph } from '../design-system/nl-design-system';
import { useTranslation } from 'react-i18next';

/** A built-in questionnaire that failed validation: the file, and each problem with where in the file it is. */
export function QuestionnaireProblems({ file, problems }: { file: string; problems: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert type="error">
      <Heading level={2}>{t('problems.heading', { file })}</Heading>
      <Paragraph>{t('problems.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {problems.map((problem) => (
          <li key={problem} className="utrecht-unordered-list__item">
            <code className="problem-text">{problem}</code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
