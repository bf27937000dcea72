import type { AnswerInputProps } from './answer-input-props';
import { Checkbox, Radio } from '../design-system/nl-design-system';

type Choice = { id: string; label: string; help?: string | undefined };

/**
 * The options of a choice question inside the step's fieldset, whose legend is the question: radios for one
 * answer, or checkboxes sharing one field so the form value is the list of chosen option ids.
 */
export function ChoiceInput({
  kind,
  choices,
  register,
  id,
  invalid,
}: AnswerInputProps & { kind: 'radio' | 'checkbox'; choices: Choice[] }) {
  const Input = kind === 'radio' ? Radio : Checkbox;
  return (
    <div className={`rhc-${kind}-group`}>
      {choices.map((choice) => {
        const optionId = `${id}-${choice.id}`;
        const helpId = `${optionId}-help`;
        return (
          <div key={choice.id} className={`utrecht-form-field utrecht-form-field--${kind}`}>
            <div className="utrecht-form-field__input">
              <Input
                id={optionId}
                value={choice.id}
                invalid={invalid}
                aria-describedby={choice.help ? helpId : undefined}
                {...register('answer')}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className={`utrecht-form-label utrecht-form-label--${kind}`} htmlFor={optionId}>
                {choice.label}
              </label>
            </div>
            {choice.help && (
              <div className="utrecht-form-field__description" id={helpId}>
                {choice.help}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
