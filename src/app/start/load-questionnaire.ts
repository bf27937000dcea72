import type { CompiledQuestionnaire } from '../../engine/compile';
import { jsonPath } from '../../engine/json-path';
import type { Problem } from '../../engine/problem';
import { phrase } from '../../engine/problem-phrase';
import { zodIssuePhrase } from '../../engine/zod-issue-phrase';
import type { ShownProblem } from './questionnaire-problems';
import {
  questionnaireSummarySchema,
  summaryFields,
  type Questionnaire,
  type QuestionnaireSummary,
} from '../../engine/questionnaire-schema';

/** A questionnaire the app can offer, not yet trusted: what the start screen lists, and how to get the whole file. */
export type QuestionnaireSource = {
  file: string;
  summary: unknown;
  load: () => Promise<unknown>;
  /** The name of a file the user opened, not a built-in. */
  importedFrom?: string;
  /** The same data as `load` gives, already validated by the same gate (fromChecked). */
  checked?: Questionnaire;
};

export type LoadedQuestionnaire =
  { ok: true; file: string; compiled: CompiledQuestionnaire } | { ok: false; file: string; problems: ShownProblem[] };

type Problems = { ok: false; file: string; problems: ShownProblem[] };

const problemsOf = (file: string, problems: Problem[]): Problems => ({
  ok: false,
  file,
  problems: problems.map(({ path, ...problem }) => ({ ...problem, line: null, path: jsonPath(path) })),
});

/**
 * A questionnaire the user opened, already through validateQuestionnaire in the check's worker (check-in-worker.ts):
 * it is only compiled when started, so a large file is not checked a second time on the page's thread.
 */
export const fromChecked = (file: string, questionnaire: Questionnaire, importedFrom: string): QuestionnaireSource => ({
  ...fromData(file, questionnaire, importedFrom),
  checked: questionnaire,
});

/** A source for data already in hand (an opened file, a test fixture). */
export const fromData = (file: string, data: unknown, importedFrom?: string): QuestionnaireSource => ({
  file,
  summary: summaryFields(data),
  load: async () => data,
  ...(importedFrom ? { importedFrom } : {}),
});

/** What the start screen may list; a summary that does not validate is named with its problems instead. */
export function summaryOf(source: QuestionnaireSource): { ok: true; summary: QuestionnaireSummary } | Problems {
  const parsed = questionnaireSummarySchema.safeParse(source.summary);
  return parsed.success
    ? { ok: true, summary: parsed.data }
    : problemsOf(
        source.file,
        parsed.error.issues.map((issue) => {
          const { path, words } = zodIssuePhrase(issue, source.summary);
          // zod's English stands in until the problem texts load: the catalogue stays off the start page.
          return { path, ...words, message: issue.message };
        }),
      );
}

/** Validates with the same schema and checks as the CLI, then compiles; a broken file becomes a list of problems, never a crash. */
export async function loadQuestionnaire(source: QuestionnaireSource): Promise<LoadedQuestionnaire> {
  if (source.checked) {
    const { compile } = await import('../../engine/compile');
    return { ok: true, file: source.file, compiled: compile(source.checked) };
  }
  let data: unknown;
  try {
    data = await source.load();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return problemsOf(source.file, [{ path: [], ...phrase('file-unreadable', { reason }), message: reason }]);
  }
  // The checks and the machine compiler load with the first questionnaire opened, not with the start page.
  const [{ validateQuestionnaire }, { compile }] = await Promise.all([
    import('../../engine/validate-questionnaire'),
    import('../../engine/compile'),
  ]);
  const validated = validateQuestionnaire(data);
  if (!validated.ok) return problemsOf(source.file, validated.problems);
  return { ok: true, file: source.file, compiled: compile(validated.value) };
}
