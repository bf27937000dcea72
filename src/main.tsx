import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { builtInQuestionnaires } from './app/built-in-questionnaires';
import { createI18n } from './i18n/create-i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n('nl')}>
      <App questionnaires={builtInQuestionnaires} />
    </I18nextProvider>
  </StrictMode>,
);
