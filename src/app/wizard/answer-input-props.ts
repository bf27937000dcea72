import type { UseFormRegister } from 'react-hook-form';
import type { AnswerForm } from './answer-form';

/** What every answer input gets from the step: the form, the id its label points at, and how it is described. */
export type AnswerInputProps = {
  register: UseFormRegister<AnswerForm>;
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
};
