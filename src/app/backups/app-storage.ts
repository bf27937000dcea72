import { createAssessmentRepository, type AssessmentRepository } from '../../storage/assessment-repository';
import { AssessmentDatabase, databaseName } from '../../storage/database';
import {
  resumePrivateSession,
  wipeStalePrivateDatabases,
  type PrivateSessionEnvironment,
} from '../../storage/private-session';

/** The app's handle on this tab's storage: the private session's database if one is running, else the normal one. */
export type AppStorage = {
  db: AssessmentDatabase;
  repository: AssessmentRepository;
  privateSession: boolean;
};

export const storageOf = (db: AssessmentDatabase, privateSession: boolean): AppStorage => ({
  db,
  repository: createAssessmentRepository(db),
  privateSession,
});

export async function openAppStorage(env: PrivateSessionEnvironment = {}): Promise<AppStorage> {
  // A wipe that fails (storage blocked by the browser) must not keep the app from starting.
  await wipeStalePrivateDatabases(env).catch(() => []);
  const privateName = resumePrivateSession(env);
  return storageOf(new AssessmentDatabase(privateName ?? databaseName, env.dexieOptions), privateName !== null);
}
