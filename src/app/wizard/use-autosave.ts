import { useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import type { AssessmentMachine } from '../../engine/compile-machine';
import type { CompiledQuestionnaire } from '../../engine/compile';
import type { AssessmentRepository } from '../../storage/assessment-repository';
import { autosave, type Autosave } from '../../storage/autosave';

/** Saves every change of the running assessment as it happens; a failed save is reported and can be retried. */
export function useAutosave(
  actor: Actor<AssessmentMachine>,
  compiled: CompiledQuestionnaire,
  repository: AssessmentRepository,
  assessmentId: string,
) {
  const [error, setError] = useState<unknown>(null);
  const saver = useRef<Autosave | null>(null);
  useEffect(() => {
    const running = autosave(actor, compiled, repository, assessmentId, { onError: setError });
    saver.current = running;
    return () => void running.unsubscribe();
  }, [actor, compiled, repository, assessmentId]);
  return {
    error,
    /** Whether a stored record is another writer's: newer than anything this tab wrote, with nothing of ours pending. */
    isForeign: (updated: string, openedAt: string) => {
      const ours = saver.current?.lastWritten ?? openedAt;
      return (saver.current?.pending ?? 0) === 0 && updated > ours;
    },
    retry: async () => {
      if (await saver.current?.retry()) setError(null);
    },
  };
}
