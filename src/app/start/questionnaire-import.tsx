import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromData, type QuestionnaireSource } from './load-questionnaire';
import { Heading, Paragraph } from '../design-system/nl-design-system';
import { QuestionnaireProblems, type ShownProblem } from './questionnaire-problems';
import { loadProblemWords } from '../design-system/use-problem-words';

/** Larger than any real questionnaire by far; refusing early keeps a wrong file from freezing the tab. */
const maxKilobytes = 1024;

type Failure = { kind: 'message'; text: string } | { kind: 'problems'; file: string; problems: ShownProblem[] };

/**
 * Opens a questionnaire file from the user's disk, checked by the same schema and graph checks as the
 * built-in ones. A bad file is named with each problem and its line, and changes nothing.
 */
export function QuestionnaireImport({ onImported }: { onImported: (source: QuestionnaireSource) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [failure, setFailure] = useState<Failure | null>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFailure(null);
    if (file.size > maxKilobytes * 1024) {
      setFailure({
        kind: 'message',
        text: t('import.tooLarge', { file: file.name, size: Math.ceil(file.size / 1024), max: maxKilobytes }),
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFailure({ kind: 'message', text: t('import.unreadable', { file: file.name }) });
      return;
    }
    // The YAML parser is loaded only now, so the start page does not carry it.
    const { parseQuestionnaire } = await import('../../engine/parse-questionnaire');
    const parsed = parseQuestionnaire(text, file.name);
    if (!parsed.ok) {
      await loadProblemWords();
      setFailure({ kind: 'problems', file: file.name, problems: parsed.problems });
      return;
    }
    onImported(fromData(`imported/${file.name}`, parsed.value, file.name));
  };

  return (
    <section className="questionnaire-import" aria-labelledby={`${inputId}-heading`}>
      <Heading level={2} id={`${inputId}-heading`}>
        {t('import.heading')}
      </Heading>
      <Paragraph id={`${inputId}-help`}>{t('import.help')}</Paragraph>
      <p>
        <label className="utrecht-form-label" htmlFor={inputId}>
          {t('import.label')}
        </label>
        <br />
        <input
          id={inputId}
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          aria-describedby={`${inputId}-help`}
          onChange={(event) => void importFile(event)}
        />
      </p>
      {failure?.kind === 'message' && (
        <p className="utrecht-form-field-error-message" role="alert">
          {failure.text}
        </p>
      )}
      {failure?.kind === 'problems' && <QuestionnaireProblems file={failure.file} problems={failure.problems} />}
    </section>
  );
}
