import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../design-system/focus-heading';
import { Button, Heading, Paragraph } from '../design-system/nl-design-system';

/** What the app keeps, where, what an export does, and how to wipe it: in plain words, from every screen. */
export function PrivacyStatement({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const list = (texts: string[]) => (
    <ul className="utrecht-unordered-list">
      {texts.map((text) => (
        <li key={text} className="utrecht-unordered-list__item">
          {text}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="privacy-statement">
      <FocusHeading level={1}>{t('privacy.heading')}</FocusHeading>
      <Paragraph purpose="lead">{t('privacy.intro')}</Paragraph>
      <Heading level={2}>{t('privacy.whatHeading')}</Heading>
      {list([t('privacy.whatAssessments'), t('privacy.whatLog'), t('privacy.whatSettings'), t('privacy.whatNot')])}
      <Heading level={2}>{t('privacy.whereHeading')}</Heading>
      <Paragraph>{t('privacy.where')}</Paragraph>
      <Paragraph>{t('privacy.nothingSent')}</Paragraph>
      <Paragraph>{t('privacy.serviceWorker')}</Paragraph>
      <Heading level={2}>{t('privacy.exportHeading')}</Heading>
      <Paragraph>{t('privacy.export')}</Paragraph>
      <Heading level={2}>{t('privacy.wipeHeading')}</Heading>
      {list([
        t('privacy.wipeOne'),
        t('privacy.wipeAll', { section: t('storage.heading'), button: t('wipe.start') }),
        t('privacy.wipePrivate'),
        t('privacy.wipeBrowser'),
      ])}
      <Button appearance="secondary-action-button" onClick={onClose}>
        {t('privacy.close')}
      </Button>
    </section>
  );
}
