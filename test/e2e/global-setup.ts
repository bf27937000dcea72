import type { TestProject } from 'vitest/node';
import { buildApp, serveBuild } from '../browser/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served on 127.0.0.1, without a trailing slash. */
    appUrl: string;
  }
}

/** Builds the app once and serves it for every browser test; the tests test what `npm start` ships. */
export default async function setup(project: TestProject) {
  await buildApp();
  const served = await serveBuild();
  project.provide('appUrl', served.url);
  return served.close;
}
