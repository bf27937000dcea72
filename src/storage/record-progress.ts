import type { AssessmentSnapshot } from '../engine/compile-machine';
import type { CompiledQuestionnaire } from '../engine/compile';
import { progressOf } from '../engine/progress';
import type { ProgressUpdate } from './assessment-repository';
import { fingerprintsOf } from './fingerprint';

const fingerprintCache = new WeakMap<CompiledQuestionnaire, Record<string, string>>();

/** What a snapshot of the machine means for the stored record: the answers, and the cache derived from them. */
export function recordProgressOf(compiled: CompiledQuestionnaire, snapshot: AssessmentSnapshot): ProgressUpdate {
  const progress = progressOf(compiled, snapshot);
  let fingerprints = fingerprintCache.get(compiled);
  if (!fingerprints) fingerprintCache.set(compiled, (fingerprints = fingerprintsOf(compiled)));
  const { id, version } = compiled.questionnaire;
  return {
    // The answers now belong to this version, also when the record was started on an older one (see resume.ts).
    questionnaire: { id, version },
    answers: snapshot.context.answers,
    path: snapshot.context.path,
    status: progress.complete ? 'complete' : 'in-progress',
    outcome: progress.outcome ? { id: progress.outcome.id, level: progress.outcome.level } : null,
    progress: { step: progress.step, maxSteps: progress.maxSteps },
    fingerprints,
  };
}
