import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../engine/text';
import { en } from './en';
import { nl } from './nl';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

/** A fresh i18next instance per app (and per test), initialised synchronously from the bundled resources. */
export function createI18n(lang: Lang = 'nl'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    // The resources are bundled, so there is nothing to wait for.
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
