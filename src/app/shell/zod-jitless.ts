import { config } from 'zod/v4/core';

/**
 * Zod 4 compiles object parsers with `new Function`, which the CSP (no 'unsafe-eval') forbids; it probes for eval
 * when a schema is built, and even that probe fires a violation. So this must run before any schema is built: main.tsx
 * imports it first, and the build puts it in zod's own chunk (src/build/zod-chunk.ts), which runs before any chunk
 * that builds a schema.
 */
config({ jitless: true });
