import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp, serveBuild } from '../browser/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served on 127.0.0.1, without a trailing slash. */
    appUrl: string;
    /** The folder the app was built into, with its `.vite/manifest.json`. */
    buildDir: string;
  }
}

/** Builds the app once and serves it for every browser test; the tests test what `npm start` ships. */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test and Vite builds with the NODE_ENV it finds: that would ship React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const buildDir = await buildApp().finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const served = await serveBuild(buildDir);
  project.provide('appUrl', served.url);
  project.provide('buildDir', buildDir);
  return async () => {
    await served.close();
    rmSync(buildDir, { recursive: true, force: true });
  };
}
