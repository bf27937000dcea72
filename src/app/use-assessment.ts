import { useActorRef, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import type { AnswerValue } from '../engine/answer-schema';
import type { CompiledQuestionnaire } from '../engine/compile';
import { progressOf } from '../engine/progress';

/** One running assessment: the machine's actor, where it stands, and the events the screens may send. Mount once per questionnaire. */
export function useAssessment(compiled: CompiledQuestionnaire) {
  const actor = useActorRef(compiled.machine);
  const snapshot = useSelector(actor, (current) => current);
  const progress = useMemo(() => progressOf(compiled, snapshot), [compiled, snapshot]);
  return {
    progress,
    /** All answers given, also to questions stepped back from, so a revisited question comes back pre-filled. */
    answers: snapshot.context.answers,
    canGoBack: snapshot.can({ type: 'BACK' }),
    canChange: (question: string) => snapshot.can({ type: 'GOTO', question }),
    answer: (question: string, value: AnswerValue) => actor.send({ type: 'ANSWER', question, value }),
    back: () => actor.send({ type: 'BACK' }),
    change: (question: string) => actor.send({ type: 'GOTO', question }),
    reset: () => actor.send({ type: 'RESET' }),
  };
}
