import { z } from 'zod';
import { schemaMessages } from './schema-messages';

/** Ids are kebab-case so they read well in files, URLs and answer files alike. */
export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, schemaMessages['not-kebab-case']);
