/**
 * The messages the schemas give themselves, part of the problem catalogue (problem-messages.ts): a zod issue with
 * one of these texts is worded by its code (zod-issue-phrase.ts). Apart, so the schemas do not carry the catalogue.
 */
export const schemaMessages = {
  'not-kebab-case': 'must be kebab-case: lower-case letters, digits and single hyphens',
  'not-a-version': 'must be a version like 1.0.0',
  'must-not-be-empty': 'must not be empty',
  'needs-a-source': 'every rule cites at least one source',
  'option-selected-twice': 'an option is selected twice',
} as const;
