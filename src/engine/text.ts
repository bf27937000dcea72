import { z } from 'zod';
import { schemaMessages } from './schema-messages';

/** The languages every user-facing text must exist in; Dutch is the source language. */
export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

const nonEmpty = z.string().trim().min(1, schemaMessages['must-not-be-empty']);

/** A text in both languages: a questionnaire file is reviewed as one bilingual document. */
export const textSchema = z.strictObject({ nl: nonEmpty, en: nonEmpty });
export type Text = z.infer<typeof textSchema>;

/** A legal source: the citation in both languages, optionally with where to read it. */
export const sourceSchema = z.strictObject({
  nl: nonEmpty,
  en: nonEmpty,
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Every rule cites its source: questions, outcomes, risks, measures, warnings and calculations. */
export const sourcesSchema = z.array(sourceSchema).min(1, schemaMessages['needs-a-source']);

export const localize = (text: Text, lang: Lang): string => text[lang];
