import { TextInput } from '../design-system/nl-design-system';
import type { AnswerInputProps } from './answer-input-props';

/** A calendar date; the browser's date picker gives the ISO form (yyyy-mm-dd) the answer schema expects. */
export function DateInput({ register, id, describedBy, invalid }: AnswerInputProps) {
  return <TextInput id={id} type="date" invalid={invalid} aria-describedby={describedBy} {...register('answer')} />;
}
