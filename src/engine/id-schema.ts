import { z } from 'zod';

/** Ids are kebab-case so they read well in files, URLs and answer files alike. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');
