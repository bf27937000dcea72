import './app/shell/zod-jitless';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './app/design-system/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { App } from './app/shell/app';
import { openAppStorage } from './app/backups/app-storage';
import { builtInQuestionnaires } from './app/start/built-in-questionnaires';
import { languages } from './engine/text';
import { createI18n } from './i18n/create-i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const storage = await openAppStorage();
// The language chosen last time; Dutch when none was saved or storage cannot be read.
const language = await storage.repository.getSetting('language', z.enum(languages)).catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n(language ?? 'nl')}>
      <App questionnaires={builtInQuestionnaires} storage={storage} />
    </I18nextProvider>
  </StrictMode>,
);
