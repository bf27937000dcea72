import { z } from 'zod';
import { calculationSchema } from './calculation-schema';
import { conditionSchema } from './condition-schema';
import { idSchema } from './id-schema';
import { schemaMessages } from './schema-messages';
import { sourcesSchema, textSchema } from './text';

/** The version of the file format itself; bump it when a questionnaire file must change shape. */
export const questionnaireFormat = 1;

const sources = sourcesSchema;

/** Where to go after a question: the first route whose `when` holds; a route without `when` always holds. */
export const routeSchema = z.strictObject({ when: conditionSchema.optional(), to: idSchema });
export type Route = z.infer<typeof routeSchema>;

const optionSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  help: textSchema.optional(),
  /** Offered only while this holds, e.g. the UAVG route that fits the categories chosen earlier. */
  when: conditionSchema.optional(),
});
export type Option = z.infer<typeof optionSchema>;

const questionBase = {
  id: idSchema,
  text: textSchema,
  help: textSchema.optional(),
  source: sources,
  /** A target id, or routes tried in order; the last route must have no `when` (checked). */
  next: z.union([idSchema, z.array(routeSchema).min(1)]),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...questionBase, type: z.literal('single-choice'), options: z.array(optionSchema).min(2) }),
  z.strictObject({ ...questionBase, type: z.literal('multiple-choice'), options: z.array(optionSchema).min(2) }),
  z.strictObject({ ...questionBase, type: z.literal('yes-no-unknown') }),
  z.strictObject({
    ...questionBase,
    type: z.literal('text'),
    maxLength: z.number().int().positive().max(20000).optional(),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    unit: textSchema.optional(),
    /** A starting value the user can change (an assumption, stated in the help); the first whose `when` holds. */
    prefill: z.array(z.strictObject({ when: conditionSchema.optional(), value: z.number() })).optional(),
  }),
  z.strictObject({ ...questionBase, type: z.literal('date') }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const levelSchema = z.enum(['none', 'low', 'medium', 'high']);
export type Level = z.infer<typeof levelSchema>;

const scaleSchema = z.enum(['low', 'medium', 'high']);

/** Risks, measures and warnings may hold only when a condition on the answers holds. */
const conditional = { when: conditionSchema.optional() };

export const riskSchema = z.strictObject({
  text: textSchema,
  likelihood: scaleSchema,
  severity: scaleSchema,
  source: sources,
  ...conditional,
});
export const noteSchema = z.strictObject({ text: textSchema, source: sources, ...conditional });

/** An answer carried into the next questionnaire: copied from a question here, or a fixed value, when `when` holds. */
const carrySchema = z.union([
  z.strictObject({ to: idSchema, from: idSchema, when: conditionSchema.optional() }),
  z.strictObject({
    to: idSchema,
    value: z.union([z.string(), z.number(), z.array(z.string())]),
    when: conditionSchema.optional(),
  }),
]);
export type Carry = z.infer<typeof carrySchema>;

/** An outcome may offer another questionnaire, carrying over what is already known so nothing is asked twice. */
export const handoffSchema = z.strictObject({
  questionnaire: idSchema,
  text: textSchema,
  carry: z.array(carrySchema).default([]),
  when: conditionSchema.optional(),
});
export type Handoff = z.infer<typeof handoffSchema>;

export const outcomeSchema = z.strictObject({
  id: idSchema,
  level: levelSchema,
  verdict: textSchema,
  explanation: textSchema.optional(),
  risks: z.array(riskSchema).default([]),
  measures: z.array(noteSchema).default([]),
  warnings: z.array(noteSchema).default([]),
  handoffs: z.array(handoffSchema).default([]),
  sources,
});
export type Outcome = z.infer<typeof outcomeSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Note = z.infer<typeof noteSchema>;

export const questionnaireSchema = z.strictObject({
  format: z.literal(questionnaireFormat),
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, schemaMessages['not-a-version']),
  title: textSchema,
  intro: textSchema,
  /** The first question is where every assessment starts. */
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
  calculations: z.array(calculationSchema).default([]),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** What a list of questionnaires shows before one is opened; the build ships only this at start. */
export const summaryKeys = ['id', 'version', 'title', 'intro'] as const;
export const questionnaireSummarySchema = questionnaireSchema.pick({
  id: true,
  version: true,
  title: true,
  intro: true,
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummarySchema>;
/** The summary fields of any parsed file, not yet validated. */
export const summaryFields = (data: unknown): Record<string, unknown> =>
  Object.fromEntries(summaryKeys.map((key) => [key, (data as Record<string, unknown> | null | undefined)?.[key]]));

/** The routes of a question, with the one-target shorthand spelled out. */
export const routesOf = (question: Question): Route[] =>
  typeof question.next === 'string' ? [{ to: question.next }] : question.next;
