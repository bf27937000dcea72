import { z } from 'zod';

// Zod 4 compiles object parsers with `new Function`, which the CSP (no 'unsafe-eval') forbids, and even its probe
// for eval fires a violation. main.tsx imports this first, so it holds before any schema is parsed.
z.config({ jitless: true });
