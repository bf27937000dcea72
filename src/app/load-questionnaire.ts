import { compile, type CompiledQuestionnaire } from '../engine/compile';
import { jsonPath } from '../engine/json-path';
import { validateQuestionnaire } from '../engine/validate-questionnaire';

/** A questionnaire as the app receives it: parsed data and the file it came from, not yet trusted. */
export type QuestionnaireFile = { file: string; data: unknown };

export type LoadedQuestionnaire =
  | {
      ok: true;
      file: string;
      compiled: CompiledQuestionnaire;
      /** The name of a file the user opened, not a built-in. */ importedFrom?: string;
    }
  | { ok: false; file: string; problems: string[] };

/** Validates with the same schema and checks as the CLI, then compiles; a broken file becomes a list of problems, never a crash. */
export function loadQuestionnaire({ file, data }: QuestionnaireFile): LoadedQuestionnaire {
  const validated = validateQuestionnaire(data);
  if (!validated.ok) {
    return {
      ok: false,
      file,
      problems: validated.problems.map((problem) => `${jsonPath(problem.path)}: ${problem.message}`),
    };
  }
  try {
    return { ok: true, file, compiled: compile(validated.value) };
  } catch (error) {
    return { ok: false, file, problems: [error instanceof Error ? error.message : String(error)] };
  }
}
