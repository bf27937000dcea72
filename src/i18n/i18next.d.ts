import 'i18next';
import type { nl } from './nl';

// Typed keys: a t('…') call with a key that nl.ts lacks fails typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
