import { useTranslation } from 'react-i18next';
import { StorageFullError } from '../../storage/storage-errors';
import { Alert, Button, Paragraph } from '../design-system/nl-design-system';

/** A save that failed: what happened, that the answer is not lost, and the way out. */
export function SaveProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof StorageFullError
      ? t('storage.full')
      : t('storage.failed', { message: error instanceof Error ? error.message : String(error) });
  return (
    <Alert type="error">
      <Paragraph>{message}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        {t('storage.retry')}
      </Button>
    </Alert>
  );
}
