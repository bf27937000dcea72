import { z } from 'zod';
import { answersSchema } from '../engine/answer-schema';
import { idSchema } from '../engine/id-schema';
import { levelSchema } from '../engine/questionnaire-schema';

/**
 * An assessment as stored in IndexedDB and in backups. The answers are the truth; `path`, `outcome` and
 * `progress` are a cache of what replaying them gives, kept so the list can show progress without replaying.
 * Unknown fields are kept (looseObject), so a record written by a newer version survives an older one.
 */
export const assessmentStatuses = ['in-progress', 'complete'] as const;

export const assessmentRecordSchema = z.looseObject({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  questionnaire: z.looseObject({ id: idSchema, version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  answers: answersSchema,
  /** The questions answered on the way to where the user is, in order: with the answers it restores the exact step. */
  path: z.array(z.string()),
  status: z.enum(assessmentStatuses),
  outcome: z.looseObject({ id: idSchema, level: levelSchema }).nullable(),
  progress: z.looseObject({ step: z.number().int().nonnegative(), maxSteps: z.number().int().nonnegative() }),
  /** A fingerprint of every question of the version last saved, to show which questions changed or are new in a newer one. */
  fingerprints: z.record(z.string(), z.string()),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

/** One change of one answer, appended and never rewritten: what was answered, when. `value: null` is a removal. */
export const answerLogEntrySchema = z.looseObject({
  seq: z.number().int().positive().optional(),
  assessmentId: z.string().min(1),
  question: z.string().min(1),
  value: z.union([z.string(), z.number(), z.array(z.string()), z.null()]),
  at: z.iso.datetime(),
});
export type AnswerLogEntry = z.infer<typeof answerLogEntrySchema>;

export type Setting = { key: string; value: unknown };
