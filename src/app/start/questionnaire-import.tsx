import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxQuestionnaireBytes } from '../../engine/questionnaire-file-size';
import { fromChecked, type QuestionnaireSource } from './load-questionnaire';
import { Heading, Paragraph } from '../design-system/nl-design-system';
import { FilePicker } from '../design-system/file-picker';
import { loadProblemWords } from '../design-system/use-problem-words';
import { QuestionnaireProblems, type ShownProblem } from './questionnaire-problems';

const maxKilobytes = maxQuestionnaireBytes / 1024;

type State =
  | { kind: 'checking' }
  | { kind: 'message'; text: string }
  | { kind: 'problems'; file: string; problems: ShownProblem[] };

/**
 * Opens a questionnaire file from the user's disk, checked by the same schema and graph checks as the
 * built-in ones, in a worker with a time limit so that no file can freeze the page. A bad file is named with
 * each problem and its line, and changes nothing.
 */
export function QuestionnaireImport({ onImported }: { onImported: (source: QuestionnaireSource) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [state, setState] = useState<State | null>(null);

  const importFile = async (file: File) => {
    setState(null);
    // Refused before it is read: the same limit as the CLI's and the worker's own.
    if (file.size > maxQuestionnaireBytes) {
      setState({
        kind: 'message',
        text: t('import.tooLarge', { file: file.name, size: Math.ceil(file.size / 1024), max: maxKilobytes }),
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'message', text: t('import.unreadable', { file: file.name }) });
      return;
    }
    setState({ kind: 'checking' });
    // The worker, and the YAML parser in it, load only now, so the start page does not carry them.
    const { checkInWorker } = await import('./check-in-worker');
    const parsed = await checkInWorker(text, file.name);
    if (!parsed.ok) {
      await loadProblemWords();
      setState({ kind: 'problems', file: file.name, problems: parsed.problems });
      return;
    }
    setState(null);
    onImported(fromChecked(`imported/${file.name}`, parsed.value, file.name));
  };

  return (
    <section className="questionnaire-import" aria-labelledby={`${inputId}-heading`}>
      <Heading level={2} id={`${inputId}-heading`}>
        {t('import.heading')}
      </Heading>
      <Paragraph id={`${inputId}-help`}>{t('import.help')}</Paragraph>
      <FilePicker
        id={inputId}
        label={t('import.label')}
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        describedBy={`${inputId}-help`}
        onFile={(file) => void importFile(file)}
      />
      <p role="status" className="questionnaire-import__status">
        {state?.kind === 'checking' ? t('import.checking') : ''}
      </p>
      {state?.kind === 'message' && (
        <p className="utrecht-form-field-error-message" role="alert">
          {state.text}
        </p>
      )}
      {state?.kind === 'problems' && <QuestionnaireProblems file={state.file} problems={state.problems} />}
    </section>
  );
}
