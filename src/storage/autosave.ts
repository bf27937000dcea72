import type { Actor } from 'xstate';
import type { AssessmentMachine, AssessmentSnapshot } from '../engine/compile-machine';
import type { CompiledQuestionnaire } from '../engine/compile';
import { answerChanges } from './answer-changes';
import type { AssessmentRepository } from './assessment-repository';
import { recordProgressOf } from './record-progress';
import { storageErrorOf } from './storage-errors';

export type AutosaveOptions = {
  /** Called for every failed save, with StorageFullError when the browser's quota is used up. */
  onError?: (error: unknown) => void;
};

export type Autosave = {
  /** Stops listening and makes a last attempt at what is pending; resolves to true when everything is saved. */
  unsubscribe(): Promise<boolean>;
  /** Tries the pending saves again now; resolves to true when everything is saved. */
  retry(): Promise<boolean>;
  /** How many changes wait to be written (more than 0 only while saving, or after a failure). */
  readonly pending: number;
  /** When this autosave last wrote the record (ISO), so a later `updated` can only be another writer's. */
  readonly lastWritten: string | null;
};

/**
 * Saves an assessment the moment its answers or path change, so a reload or a crashed tab loses nothing. Every
 * change is saved, one at a time and in order, so the answer log sees each answer as it was given. A failed save
 * stays first in line: it is reported through onError and tried again on the next change or on retry().
 * The actor is assumed to start from the stored record (resume.ts), so its first state is not saved again.
 */
export function autosave(
  actor: Actor<AssessmentMachine>,
  compiled: CompiledQuestionnaire,
  repository: Pick<AssessmentRepository, 'saveProgress'>,
  assessmentId: string,
  { onError }: AutosaveOptions = {},
): Autosave {
  const queue: AssessmentSnapshot[] = [];
  let saved = actor.getSnapshot();
  let arrivals = 0;
  let draining: Promise<boolean> | null = null;
  let lastWritten: string | null = null;

  const differs = (a: AssessmentSnapshot, b: AssessmentSnapshot) =>
    a.context.path.length !== b.context.path.length ||
    a.context.path.some((id, index) => id !== b.context.path[index]) ||
    answerChanges(a.context.answers, b.context.answers).length > 0;

  async function drain(): Promise<boolean> {
    while (queue.length > 0) {
      const next = queue[0]!;
      const arrivalsBefore = arrivals;
      try {
        lastWritten = (await repository.saveProgress(assessmentId, recordProgressOf(compiled, next))).updated;
      } catch (error) {
        onError?.(storageErrorOf(error));
        // A change that came in during the failed attempt is the "next change": try once more for it.
        if (arrivals !== arrivalsBefore) continue;
        return false;
      }
      queue.shift();
      saved = next;
    }
    return true;
  }

  const pump = (): Promise<boolean> =>
    (draining ??= drain().finally(() => {
      draining = null;
    }));

  const subscription = actor.subscribe((snapshot) => {
    if (!differs(queue.at(-1) ?? saved, snapshot)) return;
    queue.push(snapshot);
    arrivals++;
    void pump();
  });

  return {
    unsubscribe: () => {
      subscription.unsubscribe();
      return pump();
    },
    retry: pump,
    get pending() {
      return queue.length;
    },
    get lastWritten() {
      return lastWritten;
    },
  };
}
