import { Alert, Heading, Paragraph } from '../design-system/nl-design-system';
import { useTranslation } from 'react-i18next';
import type { FileProblem } from '../../engine/parse-questionnaire';
import { useProblemWords } from '../design-system/use-problem-words';

/** A problem to show: where in the file (line, JSON path) and what is wrong, worded in the current language. */
export type ShownProblem = Omit<FileProblem, 'file'>;

/** A questionnaire that failed validation: the file, and each problem with where in the file it is. */
export function QuestionnaireProblems({ file, problems }: { file: string; problems: ShownProblem[] }) {
  const { t } = useTranslation();
  const word = useProblemWords();
  return (
    <Alert type="error">
      <Heading level={2}>{t('problems.heading', { file })}</Heading>
      <Paragraph>{t('problems.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {problems.map((problem, index) => (
          <li key={index} className="utrecht-unordered-list__item">
            <code className="problem-text">
              {file}
              {problem.line === null ? '' : `:${problem.line}`} {problem.path}: {word(problem, problem.message)}
            </code>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
