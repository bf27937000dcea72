import { Textarea } from '../design-system/nl-design-system';
import type { AnswerInputProps } from './answer-input-props';

/** A free-text answer; the length limit is checked by the answer schema, so the field does not cut text off silently. */
export function TextInput({ register, id, describedBy, invalid }: AnswerInputProps) {
  return <Textarea id={id} rows={5} invalid={invalid} aria-describedby={describedBy} {...register('answer')} />;
}
