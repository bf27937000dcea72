/**
 * Zod and the module that turns off its eval (src/app/shell/zod-jitless.ts) in one chunk of their own. A bundle runs a
 * chunk's imports before its own code, so in the app's entry chunk that setting would come after the shared chunk
 * that builds the engine's schemas; in zod's chunk it runs right after zod itself, before anything uses it.
 */
export const zodChunk = {
  name: 'zod',
  test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]shell[\\/]zod-jitless\.ts$/,
};
