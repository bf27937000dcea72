import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/text';
import { createAssessmentRepository, type AssessmentRepository } from '../../storage/assessment-repository';
import { AssessmentDatabase, databaseName } from '../../storage/database';
import type { PersistenceResult } from '../../storage/persistence';
import { endPrivateSession, startPrivateSession } from '../../storage/private-session';
import { Button, Heading, Paragraph } from '../design-system/nl-design-system';
import { useLang } from '../design-system/use-lang';
import { WipeEverything } from './wipe-everything';

/** Reloads into the other database with the language carried over: a private session does not switch to Dutch. */
async function reloadInto(name: string, lang: Lang) {
  const db = new AssessmentDatabase(name);
  await createAssessmentRepository(db)
    .setSetting('language', lang)
    .catch(() => undefined);
  db.close();
  window.location.reload();
}

type Props = { privateSession: boolean; persistence: PersistenceResult | null; repository: AssessmentRepository };

/** Where the answers are kept, whether the browser keeps them for good, and the private (workshop) session. */
export function StorageSettings({ privateSession, persistence, repository }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const persistenceText = {
    granted: t('storage.persisted'),
    denied: t('storage.notPersisted'),
    unsupported: t('storage.unsupported'),
  };
  return (
    <section className="storage-settings">
      <Heading level={2}>{t('storage.heading')}</Heading>
      <Paragraph>{t('app.offline')}</Paragraph>
      {persistence && <Paragraph>{persistenceText[persistence]}</Paragraph>}
      <Paragraph>{t('storage.privateHelp')}</Paragraph>
      {/* A fresh page load opens the other database: simpler and surer than swapping it under a running app. */}
      {privateSession ? (
        <Button
          appearance="secondary-action-button"
          onClick={() => void endPrivateSession().then(() => reloadInto(databaseName, lang))}
        >
          {t('storage.privateEnd')}
        </Button>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => void reloadInto(startPrivateSession(), lang)}>
          {t('storage.privateStart')}
        </Button>
      )}
      {/* A private session's own "end" already wipes all it holds; the everyday data is out of its reach. */}
      {!privateSession && <WipeEverything repository={repository} />}
    </section>
  );
}
