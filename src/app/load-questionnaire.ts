import { checkQuestionnaire } from '../engine/check-questionnaire';
import { compile, type CompiledQuestionnaire } from '../engine/compile';
import { questionnaireSchema } from '../engine/questionnaire-schema';

/** A questionnaire as the app receives it: parsed data and the file it came from, not yet trusted. */
export type QuestionnaireFile = { file: string; data: unknown };

export type LoadedQuestionnaire =
  { ok: true; file: string; compiled: CompiledQuestionnaire } | { ok: false; file: string; problems: string[] };

// The same `$.questions[3].next` form as the engine's jsonPath, written here because importing parse-questionnaire ships the YAML parser.
const jsonPath = (path: readonly PropertyKey[]) =>
  '$' + path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');

/** Validates with the same schema and checks as the CLI, then compiles; a broken file becomes a list of problems, never a crash. */
export function loadQuestionnaire({ file, data }: QuestionnaireFile): LoadedQuestionnaire {
  const parsed = questionnaireSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      file,
      problems: parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`),
    };
  }
  const { problems } = checkQuestionnaire(parsed.data);
  if (problems.length > 0) {
    return { ok: false, file, problems: problems.map((problem) => `${jsonPath(problem.path)}: ${problem.message}`) };
  }
  try {
    return { ok: true, file, compiled: compile(parsed.data) };
  } catch (error) {
    return { ok: false, file, problems: [error instanceof Error ? error.message : String(error)] };
  }
}
