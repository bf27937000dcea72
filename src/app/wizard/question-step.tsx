import { zodResolver } from '@hookform/resolvers/zod';
import { ActionGroup, Button, Paragraph } from '../design-system/nl-design-system';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../engine/answer-schema';
import type { Question } from '../../engine/questionnaire-schema';
import { encodeMessage, validationMessage } from '../../i18n/validation-message';
import { answerFormSchema, toFormValue, type AnswerForm } from './answer-form';
import { answerHint } from './answer-hint';
import { AnswerInput, isGrouped } from './answer-input';
import { FieldError } from '../design-system/field-error';
import { FocusHeading } from '../design-system/focus-heading';
import { useLang } from '../design-system/use-lang';
import { WhyAsked } from './why-asked';

type Props = {
  question: Question;
  /** The earlier answer to this question, or its prefilled assumption: the step starts with it. */
  answer: AnswerValue | undefined;
  /** The options offered, given the answers before this question. */
  offered: readonly string[];
  canGoBack: boolean;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
};

/** One question as one form: validated with the engine's answer schema, answered with Next. Mount it keyed by question id. */
export function QuestionStep({ question, answer, offered, canGoBack, onAnswer, onBack }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const resolver = useMemo(
    () =>
      zodResolver(answerFormSchema(question, offered), {
        error: (issue) => encodeMessage(validationMessage(issue, question.type)),
      }),
    [question, offered],
  );
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AnswerForm, unknown, { answer: AnswerValue }>({
    resolver,
    defaultValues: { answer: toFormValue(question, answer) },
  });

  const help = question.help?.[lang];
  const hint = answerHint(question, t);
  const error = errors.answer;
  const ids = { input: `${id}-input`, help: `${id}-help`, hint: `${id}-hint`, error: `${id}-error` };
  const describedBy = [help && ids.help, hint && ids.hint, error && ids.error].filter(Boolean).join(' ') || undefined;
  const grouped = isGrouped(question);
  const text = question.text[lang];

  const details = (
    <>
      {help && (
        <Paragraph id={ids.help} className="multiline">
          {help}
        </Paragraph>
      )}
      <WhyAsked sources={question.source} />
      {hint && (
        <div id={ids.hint} className="utrecht-form-field-description">
          {hint}
        </div>
      )}
      {error && <FieldError id={ids.error} message={error.message} />}
      <AnswerInput
        question={question}
        offered={offered}
        register={register}
        id={ids.input}
        describedBy={grouped ? undefined : describedBy}
        invalid={error !== undefined}
      />
    </>
  );

  return (
    <form className="question-step" noValidate onSubmit={handleSubmit(({ answer: value }) => onAnswer(value))}>
      {grouped ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <FocusHeading level={1} appearance={2}>
              {text}
            </FocusHeading>
          </legend>
          {details}
        </fieldset>
      ) : (
        <div className={error ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
          <FocusHeading level={1} appearance={2}>
            <label htmlFor={ids.input}>{text}</label>
          </FocusHeading>
          {details}
        </div>
      )}
      <ActionGroup className="step-actions">
        <Button type="submit" appearance="primary-action-button">
          {t('step.next')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={!canGoBack} onClick={onBack}>
          {t('step.back')}
        </Button>
      </ActionGroup>
    </form>
  );
}
