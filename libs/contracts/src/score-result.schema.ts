import { z } from 'zod';
import { IsoDateSchema } from './scalar.schema';

// The result of scoring a scorecard for a period, as `yardstick score --json` prints it and as the api returns it.
// Numbers keep full precision; displays round them.

const measure = z.number().nullable();

export const TargetResultSchema = z.object({
  metric: z.string(),
  op: z.string(),
  target: measure,
  actual: measure,
  met: z.boolean(),
  /** how far from the target: ≥ 0 when met, negative when missed, null when either side is null */
  gap: measure,
});

export const SubjectScoreSchema = z.object({
  agent: z.string(),
  team: z.string().nullable(),
  score: measure,
  /** null when not ranked (ineligible or no score) */
  rank: z.number().int().positive().nullable(),
  eligible: z.boolean(),
  /** records of this agent in the period */
  records: z.number().int().nonnegative(),
  /** the profile in force, or the profiles of the period's segments joined by `+` */
  profile: z.string(),
  kpis: z.record(z.string(), measure),
  metrics: z.record(z.string(), measure),
  targets: z.array(TargetResultSchema),
  alerts: z.array(z.string()),
});

export const SegmentSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** org-local wall-clock bounds `YYYY-MM-DDTHH:MM:SS`, `end` exclusive (midnights unless an override switches within a day) */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
  profile: z.string(),
  reason: z.enum(['explicit', 'scheduled', 'default', 'override', 'given']),
  records: z.number().int().nonnegative(),
});

/** How the input was read: every data row is read, and is then either rejected, skipped or scored. */
export const ReadSummarySchema = z.object({
  /** data rows in the input (header and blank lines excluded) */
  read: z.number().int().nonnegative(),
  /** rows reported as bad and not scored */
  rejected: z.number().int().nonnegative(),
  /** valid rows outside the period */
  skipped: z.number().int().nonnegative(),
  /** rows scored */
  scored: z.number().int().nonnegative(),
});

export const ScoreReportJsonSchema = z.object({
  scorecard: z.string(),
  period: z.object({ from: IsoDateSchema, to: IsoDateSchema }),
  /** the profile in force, or the profiles of the period's segments joined by `+` */
  profile: z.string(),
  segments: z.array(SegmentSchema),
  results: z.array(SubjectScoreSchema),
  summary: ReadSummarySchema,
});

export type TargetResultJson = z.infer<typeof TargetResultSchema>;
export type SubjectScoreJson = z.infer<typeof SubjectScoreSchema>;
export type ReadSummary = z.infer<typeof ReadSummarySchema>;
export type ScoreReportJson = z.infer<typeof ScoreReportJsonSchema>;
