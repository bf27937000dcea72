import { useTranslation } from 'react-i18next';
import type { Question } from '../../engine/questionnaire-schema';
import { choicesOf } from '../../report/answer-label';
import type { AnswerInputProps } from './answer-input-props';
import { ChoiceInput } from './choice-input';
import { DateInput } from './date-input';
import { NumberInput } from './number-input';
import { TextInput } from './text-input';
import { useLang } from '../design-system/use-lang';

/** The input that fits the question's type. */
export function AnswerInput({
  question,
  offered,
  ...props
}: AnswerInputProps & { question: Question; offered: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (question.type) {
    case 'single-choice':
    case 'yes-no-unknown':
      return <ChoiceInput kind="radio" choices={choicesOf(question, lang, t, offered)} {...props} />;
    case 'multiple-choice':
      return <ChoiceInput kind="checkbox" choices={choicesOf(question, lang, t, offered)} {...props} />;
    case 'text':
      return <TextInput {...props} />;
    case 'number':
      return <NumberInput question={question} {...props} />;
    case 'date':
      return <DateInput {...props} />;
  }
}

/** Choice questions are a group of inputs under one legend; the others are one input under one label. */
export const isGrouped = (question: Question) =>
  question.type === 'single-choice' || question.type === 'yes-no-unknown' || question.type === 'multiple-choice';
