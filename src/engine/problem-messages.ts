/**
 * Every problem the engine can find in a questionnaire file, as an English template by code. The CLI prints these;
 * the app shows them in nl and en from `problem.<code>` in src/i18n (en.ts uses this catalogue as it is, nl.ts
 * translates every code: a code without a Dutch text fails typecheck and test/i18n). A value in `{{…}}` may be a
 * phrase itself (phrase.ts). Add a code here, then its Dutch text in nl.ts.
 */
import { schemaMessages } from './schema-messages';

export const problemMessages = {
  // The file as a whole.
  'questionnaire-file-too-large': 'the file is {{size}} kB; a questionnaire file can be at most {{maximum}} kB',
  'file-unreadable': 'the file could not be read ({{reason}})',
  'too-many-aliases': 'the file repeats its anchors (&name / *name) too often to be read safely',
  'nested-too-deep': 'the file is nested too deeply to be read',
  'yaml-syntax': 'this is not valid YAML: {{reason}}',
  'duplicate-key': 'the key {{key}} appears twice in the same map (first on line {{firstLine}})',
  'more-problems': 'and {{number}} more problems',
  'took-too-long': 'checking the file took longer than {{seconds}} seconds, so it was stopped',

  // Why the YAML parser stopped, one per error code of the yaml library (see parse-questionnaire.ts).
  'yaml-alias-props': 'an alias (*name) cannot have a tag or anchor',
  'yaml-bad-alias': 'an alias (*name) refers to an anchor that does not exist',
  'yaml-bad-directive': 'a % directive is not valid',
  'yaml-bad-dq-escape': 'a text in double quotes has an invalid escape (\\)',
  'yaml-bad-indent': 'the indentation is wrong',
  'yaml-bad-prop-order': 'an anchor or tag is in the wrong place',
  'yaml-bad-scalar-start': 'a value starts with a character that needs quotes',
  'yaml-block-as-implicit-key': 'a nested block cannot be a key',
  'yaml-block-in-flow': 'an indented block cannot stand inside [ ] or { }',
  'yaml-duplicate-key': 'a key appears twice in the same map',
  'yaml-impossible': 'the parser met something it cannot read',
  'yaml-key-over-1024-chars': 'a key is longer than 1024 characters',
  'yaml-missing-char': 'a closing character is missing (a quote, ] or })',
  'yaml-multiline-implicit-key': 'a key must fit on one line',
  'yaml-multiple-anchors': 'a value has more than one anchor',
  'yaml-multiple-docs': 'the file holds more than one document (---)',
  'yaml-multiple-tags': 'a value has more than one tag',
  'yaml-non-string-key': 'a key is not a text',
  'yaml-resource-exhaustion': 'the file takes too much memory to read',
  'yaml-tab-as-indent': 'a tab is used for indentation; use spaces',
  'yaml-tag-resolve-failed': 'a tag (!name) is not known',
  'yaml-unexpected-token': 'something stands where it is not expected',
  'yaml-bad-collection-type': 'a list or map has a type it cannot have',

  // The shape of the data, from a zod issue (zod-issue-phrase.ts).
  missing: 'is missing (expected {{expected}})',
  'wrong-type': 'expected {{expected}}, found {{found}}',
  'no-alternative-fits': 'does not have any of the allowed forms (found {{found}})',
  'wrong-form': '{{found}} does not have the expected form {{pattern}}',
  'not-a-date': 'expected a date such as 2026-11-22, found {{found}}',
  'not-a-date-time': 'expected a date and time such as 2026-11-22T09:30:00.000Z, found {{found}}',
  'not-a-url': 'expected a web address, found {{found}}',
  empty: 'is empty',
  'too-few-items': 'needs at least {{minimum}} item(s)',
  'too-small': 'must be at least {{minimum}}, found {{found}}',
  'too-long': 'is {{length}} characters long; at most {{maximum}} are allowed',
  'too-many-items': 'has more than {{maximum}} items',
  'too-big': 'must be at most {{maximum}}, found {{found}}',
  'unknown-field': 'unknown field {{keys}}',
  'unknown-fields': 'unknown fields {{keys}}',
  invalid: 'is not valid here',
  'with-found': '{{problem}} (found {{found}})',
  or: '{{left}} or {{right}}',
  comma: '{{left}}, {{right}}',
  ...schemaMessages,

  // What the schema expected (in "expected {{expected}}") and what was found (in "found {{found}}").
  'type-string': 'text',
  'type-number': 'a number',
  'type-int': 'a whole number',
  'type-boolean': 'true or false',
  'type-array': 'a list',
  'type-object': 'an object',
  'type-null': 'null',
  'value-nothing': 'nothing',
  'value-long-text': 'a text of {{length}} characters',
  'value-list': 'a list of {{length}}',
  'value-object': 'an object',

  // The checks beyond the shape (check-questionnaire.ts, check-handoffs.ts).
  'id-used-twice': 'the id "{{id}}" is used twice',
  'option-listed-twice': 'the option "{{option}}" is listed twice',
  'unknown-target': 'leads to "{{target}}", which is neither a question nor an outcome',
  'last-route-has-when': 'the last route must have no "when", so that every answer leads somewhere',
  'routes-go-round': 'the routes go round in a circle: {{cycle}}',
  unreachable: '"{{id}}" can never be reached from the first question',
  'reads-unanswered': 'reads "{{question}}", which is never answered before "{{node}}"',
  'calculation-inputs-unanswered':
    'reads the calculation "{{calculation}}", whose inputs {{inputs}} are never all answered before "{{node}}"',
  'prefill-not-an-answer': '{{value}} is not a valid answer to "{{question}}"',
  'placeholder-not-a-choice': '{{placeholder}} must name a choice question answered before "{{outcome}}"',
  'carries-unanswered': 'carries "{{question}}", which is never answered before "{{outcome}}"',
  'not-a-number-question': '"{{question}}" must be a number question',
  'calculation-on-calculation': 'a calculation cannot depend on a calculation',
  'unknown-calculation': 'names the calculation "{{calculation}}", which does not exist',
  'unknown-question': 'names the question "{{question}}", which does not exist',
  'condition-wrong-type': '"{{kind}}" needs a {{expected}} question, but "{{question}}" is {{type}}',
  'equals-on-multiple-choice': 'use "includes" for the multiple-choice question "{{question}}"',
  'compare-with-number': '"{{question}}" is a number question: compare with a number',
  'compare-with-text': '"{{question}}" has text answers: compare with a text',
  'unknown-option': '"{{question}}" has no option "{{option}}" (options: {{options}})',
  'handoff-unknown-questionnaire': 'hands off to "{{questionnaire}}", which is not a questionnaire here',
  'handoff-unknown-question': '"{{questionnaire}}" has no question "{{question}}"',
  'carry-does-not-fit': 'cannot carry into "{{questionnaire}}" / "{{question}}": {{reason}}',
  'carry-source-missing': 'the question it carries from does not exist',
  'carry-type-differs': 'a {{from}} answer does not fit a {{to}} question',
  'carry-options-missing': 'options {{options}} do not exist there',
  'built-in-file-name': "a built-in questionnaire's file is named after its id: rename the file to {{id}}.yaml",
} as const;

export type ProblemCode = keyof typeof problemMessages;
