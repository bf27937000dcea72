import type { z } from 'zod';
import { checkQuestionnaire } from './check-questionnaire';
import { problemOf, type Problem } from './problem';
import { questionnaireSchema } from './questionnaire-schema';
import { zodIssuePhrase } from './zod-issue-phrase';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates parsed data with a zod schema, then with checks beyond its shape. */
export const validateWith =
  <T>(schema: z.ZodType<T>, check: (value: T) => Problem[] = () => []) =>
  (data: unknown): Validated<T> => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      return {
        ok: false,
        problems: parsed.error.issues.map((issue) => {
          const { path, words } = zodIssuePhrase(issue, data);
          return problemOf(
            path.map((key) => (typeof key === 'number' ? key : String(key))),
            words,
          );
        }),
      };
    }
    const problems = check(parsed.data);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
  };

/** The one gate for every questionnaire, built in or imported: the schema, then the graph checks. */
export const validateQuestionnaire = validateWith(
  questionnaireSchema,
  (questionnaire) => checkQuestionnaire(questionnaire).problems,
);
