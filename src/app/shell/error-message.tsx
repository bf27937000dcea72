import { Alert, Button, Heading, Paragraph } from '../design-system/nl-design-system';
import { useTranslation } from 'react-i18next';

/** What the error boundary shows: what went wrong, in words, and a way back to the start. */
export function ErrorMessage({ error, onToStart }: { error: Error; onToStart: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error">
      <Heading level={1}>{t('error.heading')}</Heading>
      <Paragraph>{t('error.intro')}</Paragraph>
      <pre className="problem-text">{error.message}</pre>
      <Button appearance="secondary-action-button" onClick={onToStart}>
        {t('error.toStart')}
      </Button>
    </Alert>
  );
}
