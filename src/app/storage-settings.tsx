import { useTranslation } from 'react-i18next';
import type { AssessmentRepository } from '../storage/assessment-repository';
import type { PersistenceResult } from '../storage/persistence';
import { endPrivateSession, startPrivateSession } from '../storage/private-session';
import { Button, Heading, Paragraph } from './nl-design-system';
import { WipeEverything } from './wipe-everything';

type Props = { privateSession: boolean; persistence: PersistenceResult | null; repository: AssessmentRepository };

/** Where the answers are kept, whether the browser keeps them for good, and the private (workshop) session. */
export function StorageSettings({ privateSession, persistence, repository }: Props) {
  const { t } = useTranslation();
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
          onClick={() => void endPrivateSession().then(() => window.location.reload())}
        >
          {t('storage.privateEnd')}
        </Button>
      ) : (
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            startPrivateSession();
            window.location.reload();
          }}
        >
          {t('storage.privateStart')}
        </Button>
      )}
      {/* A private session's own "end" already wipes all it holds; the everyday data is out of its reach. */}
      {!privateSession && <WipeEverything repository={repository} />}
    </section>
  );
}
