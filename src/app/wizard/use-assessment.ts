import { useActorRef, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import type { Snapshot } from 'xstate';
import type { AnswerValue } from '../../engine/answer-schema';
import { answersOnPath } from '../../engine/compile-machine';
import type { CompiledQuestionnaire } from '../../engine/compile';
import { offeredOptions } from '../../engine/offered-options';
import { prefillOf } from '../../engine/prefill';
import { progressOf } from '../../engine/progress';

/**
 * One running assessment: the machine's actor, where it stands, and the events the screens may send.
 * Mount once per assessment, started from its stored state (`snapshot`, from resumeAssessment).
 */
export function useAssessment(compiled: CompiledQuestionnaire, snapshot: Snapshot<unknown>) {
  const actor = useActorRef(compiled.machine, { snapshot });
  const current = useSelector(actor, (state) => state);
  const progress = useMemo(() => progressOf(compiled, current), [compiled, current]);
  const onPath = useMemo(() => answersOnPath(current.context), [current]);
  const { calculations } = compiled.questionnaire;
  const question = progress.current;
  const offered = useMemo(
    () => (question ? offeredOptions(question, onPath, calculations) : []),
    [question, onPath, calculations],
  );
  return {
    actor,
    progress,
    /** What the current question offers and starts with, given the answers before it. */
    offered,
    startValue: question
      ? (current.context.answers[question.id] ?? prefillOf(question, onPath, calculations))
      : undefined,
    /** All answers given, also to questions stepped back from, so a revisited question comes back pre-filled. */
    answers: current.context.answers,
    canGoBack: current.can({ type: 'BACK' }),
    canChange: (question: string) => current.can({ type: 'GOTO', question }),
    answer: (question: string, value: AnswerValue) => actor.send({ type: 'ANSWER', question, value }),
    back: () => actor.send({ type: 'BACK' }),
    change: (question: string) => actor.send({ type: 'GOTO', question }),
    reset: () => actor.send({ type: 'RESET' }),
  };
}
