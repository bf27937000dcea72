import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent } from 'react';
import type { AssessmentRecord } from '../../storage/assessment-record';
import type { AssessmentRepository } from '../../storage/assessment-repository';

/**
 * Two tabs on one assessment: when another tab saves a newer state (the stored record is newer than anything this
 * tab wrote, and this tab has nothing waiting), hand it on, so this tab continues from it instead of overwriting it
 * with a stale state. Every answer of either tab is in the answer log regardless.
 */
export function useFollowOtherTabs(
  repository: AssessmentRepository,
  opened: AssessmentRecord,
  isForeign: (updated: string, openedAt: string) => boolean,
  onNewer: (record: AssessmentRecord) => void,
) {
  const stored = useLiveQuery(() => repository.get(opened.id), [repository, opened.id]);
  const compare = useEffectEvent((record: AssessmentRecord) => {
    if (isForeign(record.updated, opened.updated)) onNewer(record);
  });
  useEffect(() => {
    if (stored) compare(stored);
  }, [stored]);
}
