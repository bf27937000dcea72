import { answerSchema, type AnswerValue } from '../engine/answer-schema';
import type { CompiledQuestionnaire } from '../engine/compile';
import { replay, resumeFrom } from '../engine/replay';
import type { AssessmentRecord } from './assessment-record';
import { changedQuestions } from './fingerprint';
import { StorageInputError } from './storage-errors';

/** An answer that does not fit the newer version; its value stays in the answer log, it is no longer used. */
export type DroppedAnswer = {
  question: string;
  value: AnswerValue;
  /** unknown-question: the question is gone; invalid-answer: the value no longer fits the question. */
  reason: 'unknown-question' | 'invalid-answer';
};

export type VersionChange = {
  from: string;
  to: string;
  /** Questions whose text, options or sources differ from the version the answers were given on. */
  changed: string[];
  /** Questions that are new since that version. */
  added: string[];
  droppedAnswers: DroppedAnswer[];
};

export type Resumed = {
  /** The state to start the actor from: createActor(compiled.machine, { snapshot }). */
  snapshot: ReturnType<typeof resumeFrom>;
  versionChange: VersionChange | null;
};

/**
 * Where a stored assessment continues: its answers replayed along its path, which restores the exact step, also
 * after the user stepped back. On a newer questionnaire version the answers are replayed on it and those that no
 * longer fit are left out and reported; the record moves to the new version with the next save (autosave.ts).
 */
export function resumeAssessment(compiled: CompiledQuestionnaire, record: AssessmentRecord): Resumed {
  const { id, version } = compiled.questionnaire;
  if (record.questionnaire.id !== id) {
    throw new StorageInputError(
      'questionnaire.id',
      'questionnaire_mismatch',
      `the assessment belongs to "${record.questionnaire.id}", not "${id}"`,
    );
  }
  if (record.questionnaire.version === version) {
    return { snapshot: resumeFrom(compiled, record.answers, record.path), versionChange: null };
  }

  const droppedAnswers: DroppedAnswer[] = [];
  for (const [question, value] of Object.entries(record.answers)) {
    const definition = compiled.questions.get(question);
    if (!definition) droppedAnswers.push({ question, value, reason: 'unknown-question' });
    else if (!answerSchema(definition).safeParse(value).success) {
      droppedAnswers.push({ question, value, reason: 'invalid-answer' });
    }
  }
  const fits = (answers: AssessmentRecord['answers']) =>
    Object.fromEntries(
      Object.entries(answers).filter(([question]) => !droppedAnswers.some((d) => d.question === question)),
    );
  // An option that is no longer offered given the earlier answers stops the replay there: that answer does not fit either.
  for (const problem of replay(compiled, onPath(fits(record.answers), record.path)).problems) {
    if (problem.kind === 'invalid-answer') {
      droppedAnswers.push({
        question: problem.question,
        value: record.answers[problem.question]!,
        reason: 'invalid-answer',
      });
    }
  }
  const kept = fits(record.answers);
  return {
    snapshot: resumeFrom(compiled, kept, record.path),
    versionChange: {
      from: record.questionnaire.version,
      to: version,
      ...changedQuestions(compiled, record.fingerprints),
      droppedAnswers,
    },
  };
}

const onPath = (answers: AssessmentRecord['answers'], path: readonly string[]) =>
  Object.fromEntries(path.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]!]));
