import type { CompiledScorecard, Value, ValueType } from '@yardstick/dsl';

/** Records as the scorer reads them (org-local wall-clock ms timestamps), re-exported for callers. */
export type { ScoreRecord } from '@yardstick/dsl';

// The engine's contract with its callers (the CLI now, the service later).

/** An agent as the scorer knows it. Attributes are read by `agent.NAME`. */
export interface AgentInfo {
  readonly id: string;
  readonly name?: string;
  readonly team?: string | null;
  readonly group?: string | null;
  /** `YYYY-MM-DD` */
  readonly hiredOn?: string | null;
  readonly leftOn?: string | null;
  /** money as a decimal string (`"5000.00"`) or number; custom attributes as given */
  readonly attributes?: Readonly<Record<string, Value>>;
}

/** Inclusive days `YYYY-MM-DD` in the organisation's time zone. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface ScoreOptions {
  readonly scorecard: CompiledScorecard;
  readonly period: Period;
  /** a profile key asked for explicitly; wins over the schedule */
  readonly profile?: string;
  /**
   * The profile of each stretch of the period, decided by the caller (the service's overrides, `--override` of
   * the CLI); switches may fall at any instant, not only at midnight. Instead of `profile` and the schedule.
   * Stretches in order, contiguous, covering the period exactly (`segmentsWithOverrides` builds them).
   */
  readonly segments?: readonly SegmentInput[];
  /** known agents (records of unknown agents are still scored, with the record's team) */
  readonly agents?: readonly AgentInfo[];
  /** attributes read by `team.NAME`, by team name (the name itself is always readable as `team.name`) */
  readonly teamAttributes?: Readonly<Record<string, Readonly<Record<string, Value>>>>;
  /** attributes read by `group.NAME`, by group name */
  readonly groupAttributes?: Readonly<Record<string, Readonly<Record<string, Value>>>>;
}

/** A stretch of the period whose profile the caller decided: org-local wall-clock ms, `endMs` exclusive. */
export interface SegmentInput {
  readonly startMs: number;
  readonly endMs: number;
  /** a profile key, or null for none (scores are then null) */
  readonly profile: string | null;
  /** how the caller chose it (default `given`) */
  readonly reason?: Segment['reason'];
}

/** A stretch of the period under one profile. */
export interface Segment {
  /** the first and the last local day it touches (inclusive) */
  readonly from: string;
  readonly to: string;
  /** its bounds as org-local wall-clock time `YYYY-MM-DDTHH:MM:SS`, `end` exclusive (midnights for whole days) */
  readonly start: string;
  readonly end: string;
  readonly profile: string;
  /** how the profile was chosen: asked for, the schedule, the default, an override, or given by the caller */
  readonly reason: 'explicit' | 'scheduled' | 'default' | 'override' | 'given';
  readonly records: number;
}

export interface TargetResult {
  readonly metric: string;
  readonly op: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly met: boolean;
  /** how far from the target: ≥ 0 when met, negative when missed, null when either side is null */
  readonly gap: number | null;
}

export interface KpiResult {
  readonly key: string;
  readonly label?: string;
  readonly value: number | null;
  /** the weight the kpi carried in the score (after renormalising), null when it had none */
  readonly weight: number | null;
}

export interface SubjectResult {
  /** agent id, team or group name */
  readonly subject: string;
  readonly team: string | null;
  readonly records: number;
  readonly eligible: boolean;
  readonly score: number | null;
  /** rank among everyone scored; null when unranked */
  readonly rank: number | null;
  /** rank within the subject's team */
  readonly teamRank: number | null;
  /** the profile in force, or the profiles of its segments joined by `+` */
  readonly profile: string;
  readonly kpis: readonly KpiResult[];
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly targets: readonly TargetResult[];
  /** keys of the alerts whose condition holds */
  readonly alerts: readonly string[];
}

export interface ScoreReport {
  readonly scorecard: string;
  readonly period: Period;
  readonly segments: readonly Segment[];
  readonly results: readonly SubjectResult[];
  /** group-level metric values (ratio of the group's sums) */
  readonly teams: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly org: Readonly<Record<string, number | null>>;
  /** records read, and records skipped because they fell outside the period or had no agent */
  readonly recordsRead: number;
  readonly recordsOutsidePeriod: number;
  /** records in the period skipped because they named no agent (records without a time count as outside) */
  readonly recordsWithoutAgent?: number;
}

/** One line of an explanation: score → weights → kpi → tier branch → metric → aggregate (with its record count). */
export interface ExplainNode {
  readonly kind: 'score' | 'segment' | 'kpi' | 'metric' | 'aggregate' | 'expression' | 'target' | 'eligibility';
  readonly key?: string;
  readonly label?: string;
  readonly text: string;
  readonly value: Value;
  readonly weight?: number | null;
  /** for a tier: the branch taken, as written */
  readonly branch?: string | null;
  /** for an aggregate: how many records it used */
  readonly records?: number;
  /** the value's type where known, so renderers can show `93.10%` or `5m 12s` */
  readonly type?: ValueType;
  readonly children: readonly ExplainNode[];
}
