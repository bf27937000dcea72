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

/**
 * jsdom has no Web Worker: this runs a worker module in the test's own thread, through the `answer` it exports
 * (see src/app/start/questionnaire-check.worker.ts), answering asynchronously with a structured clone as a worker
 * does. The real worker runs in the browser tests.
 */
class InThreadWorker extends EventTarget {
  readonly #module: Promise<{ answer: (request: never) => unknown }>;
  constructor(url: string | URL) {
    super();
    // jsdom's import.meta.url is an http:// address; its path is the module's, from the project's root.
    this.#module = import(/* @vite-ignore */ new URL(url).pathname);
  }
  postMessage(request: unknown) {
    void this.#module.then((module) => {
      const data = structuredClone(module.answer(request as never));
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })));
    });
  }
  terminate() {}
}
globalThis.Worker ??= InThreadWorker as unknown as typeof Worker;
