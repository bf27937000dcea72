import { Radio } from './nl-design-system';
import type { AnswerInputProps } from './answer-input-props';

type Choice = { id: string; label: string; help?: string | undefined };

/** One answer out of several: radios inside the step's fieldset, whose legend is the question. */
export function RadioInput({ choices, register, id, invalid }: AnswerInputProps & { choices: Choice[] }) {
  return (
    <div className="rhc-radio-group">
      {choices.map((choice) => {
        const optionId = `${id}-${choice.id}`;
        const helpId = `${optionId}-help`;
        return (
          <div key={choice.id} className="utrecht-form-field utrecht-form-field--radio">
            <div className="utrecht-form-field__input">
              <Radio
                id={optionId}
                value={choice.id}
                invalid={invalid}
                aria-describedby={choice.help ? helpId : undefined}
                {...register('answer')}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
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
