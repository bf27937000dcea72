import { useTranslation } from 'react-i18next';
// The plugin serves this module in every Vite mode: in the build it registers /sw.js (same origin); under the dev
// server and in the jsdom tests it is the plugin's own no-op stub, so no test needs a mock or an alias.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button, Paragraph } from '../design-system/nl-design-system';

/**
 * A new version of the app waits until the user says so: a notice with a reload button, never a silent swap in the
 * middle of an assessment.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // The reload is ours (below): workbox-window skips its own in a tab that had no worker when it opened.
    onNeedReload: () => undefined,
  });
  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  if (!needRefresh) return null;
  // An alert is announced when it appears; it comes once, when a new version is there.
  return (
    <div className="update-prompt" role="alert">
      <Paragraph className="update-prompt__text">{t('update.available')}</Paragraph>
      <Button appearance="primary-action-button" onClick={reload}>
        {t('update.reload')}
      </Button>
    </div>
  );
}
