// jsdom has no IndexedDB; Dexie's live queries look for the global one, so the tests install a real in-memory one.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
  document.title = '';
});
