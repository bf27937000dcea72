import { TextInput } from '../design-system/nl-design-system';
import type { Question } from '../../engine/questionnaire-schema';
import type { AnswerInputProps } from './answer-input-props';
import { useLang } from '../design-system/use-lang';

type NumberQuestion = Extract<Question, { type: 'number' }>;

/** A number with its unit beside it; min, max and step help the browser, the answer schema decides. */
export function NumberInput({
  question,
  register,
  id,
  describedBy,
  invalid,
}: AnswerInputProps & { question: NumberQuestion }) {
  const lang = useLang();
  const unitId = `${id}-unit`;
  return (
    <div className="number-input">
      <TextInput
        id={id}
        type="number"
        inputMode={question.integer ? 'numeric' : 'decimal'}
        min={question.min}
        max={question.max}
        step={question.integer ? 1 : 'any'}
        invalid={invalid}
        aria-describedby={[question.unit ? unitId : null, describedBy].filter(Boolean).join(' ') || undefined}
        {...register('answer')}
      />
      {question.unit && (
        <span id={unitId} className="number-input__unit">
          {question.unit[lang]}
        </span>
      )}
    </div>
  );
}
