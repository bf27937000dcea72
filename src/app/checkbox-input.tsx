import { Checkbox } from './nl-design-system';
import type { AnswerInputProps } from './answer-input-props';

type Choice = { id: string; label: string; help?: string | undefined };

/** Any number of answers: checkboxes sharing one field, so the form value is the list of chosen option ids. */
export function CheckboxInput({ choices, register, id, invalid }: AnswerInputProps & { choices: Choice[] }) {
  return (
    <div className="rhc-checkbox-group">
      {choices.map((choice) => {
        const optionId = `${id}-${choice.id}`;
        const helpId = `${optionId}-help`;
        return (
          <div key={choice.id} className="utrecht-form-field utrecht-form-field--checkbox">
            <div className="utrecht-form-field__input">
              <Checkbox
                id={optionId}
                value={choice.id}
                invalid={invalid}
                aria-describedby={choice.help ? helpId : undefined}
                {...register('answer')}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={optionId}>
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
