import { addExact, exactTotal, type ScoreReport, type SubjectResult } from '@yardstick/engine';
import type { Computed } from './score-computer';
import type { ScoringPlan, SegmentSource } from './score-plan';
import type { ScoreRoster } from './score-roster';
import { encodeMetrics, encodeSubject, type StoredSubject } from './snapshot-codec';
import type { SnapshotRow } from './snapshots.repository';

// A report as stored rows: one per agent (or team/group for those subjects), one per team pool, one for the
// organisation, in the compact form of snapshot-codec.ts; labels and units come from the scorecard when read.

/** A team pool: its metrics (over all its records, in the scorecard's order), and what its agents scored. */
export interface TeamSnapshot {
  readonly metrics: readonly (number | null)[];
  readonly agents: number;
  /** agents with a score (eligible, not null) */
  readonly scored: number;
  readonly meanScore: number | null;
  readonly medianScore: number | null;
  /** set when the scorecard scores teams */
  readonly subject?: StoredSubject;
}

export interface SegmentSnapshot {
  readonly from: string;
  readonly to: string;
  /** wall-clock bounds (`YYYY-MM-DDTHH:MM:SS`, end exclusive); absent in rows stored before switches within a day */
  readonly start?: string;
  readonly end?: string;
  readonly profile: string;
  readonly source: SegmentSource;
  readonly override: { readonly id: number; readonly reason: string } | null;
  readonly records: number;
}

export interface OrganisationSnapshot {
  readonly fingerprint: string;
  readonly path: Computed['path'];
  readonly records: number;
  /** in the scorecard's metric order */
  readonly metrics: readonly (number | null)[];
  readonly segments: readonly SegmentSnapshot[];
}

export function segmentsOf(report: ScoreReport, plan: ScoringPlan): SegmentSnapshot[] {
  return report.segments.map((s, i) => ({
    from: s.from, to: s.to, start: s.start, end: s.end, profile: s.profile, records: s.records,
    source: plan.sources[i]?.source ?? 'default', override: plan.sources[i]?.override ?? null,
  }));
}

/** Mean and median of the scores given (exact sum, so the order of agents never changes the mean). */
export function scoreSummary(scores: readonly number[]): { meanScore: number | null; medianScore: number | null } {
  if (scores.length === 0) return { meanScore: null, medianScore: null };
  const partials: number[] = [];
  for (const s of scores) addExact(partials, s);
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  // the midpoint of two doubles, halved first so it cannot overflow
  const median = sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1] / 2 + sorted[mid] / 2;
  return { meanScore: exactTotal(partials) / scores.length, medianScore: median };
}

export function snapshotRows(computed: Computed, plan: ScoringPlan): SnapshotRow[] {
  const { report, roster } = computed;
  const { subject, metrics } = plan.scorecard;
  const rows: SnapshotRow[] = [];
  if (subject === 'agent') rows.push(...report.results.map((r) => agentRow(r, roster, metrics)));
  if (subject === 'group') {
    for (const r of report.results) {
      rows.push(new ScoredRow('group', String(roster.groupIds.get(r.subject) ?? r.subject), null, r, metrics));
    }
  }
  rows.push(...teamRows(report, roster, subject, metrics));
  const organisation: OrganisationSnapshot = {
    fingerprint: computed.fingerprint, path: computed.path, records: report.recordsRead,
    metrics: encodeMetrics(report.org, metrics), segments: segmentsOf(report, plan),
  };
  rows.push({ kind: 'organisation', subjectKey: '', teamId: null, score: null, rank: null, teamRank: null, eligible: false, result: organisation });
  return rows;
}

/** A scored subject's row; its result is encoded when first read (a page answered from memory reads 50 of 10,000). */
class ScoredRow implements SnapshotRow {
  readonly score: number | null;
  readonly rank: number | null;
  readonly teamRank: number | null;
  readonly eligible: boolean;
  private encoded: StoredSubject | undefined;

  constructor(
    readonly kind: SnapshotRow['kind'], readonly subjectKey: string, readonly teamId: number | null,
    private readonly subject: SubjectResult, private readonly metrics: readonly string[], readonly agent?: SnapshotRow['agent'],
  ) {
    this.score = subject.score;
    this.rank = subject.rank;
    this.teamRank = subject.teamRank;
    this.eligible = subject.eligible;
  }

  get result(): StoredSubject {
    this.encoded ??= encodeSubject(this.subject, this.metrics);
    return this.encoded;
  }
}

function agentRow(r: SubjectResult, roster: ScoreRoster, metrics: readonly string[]): SnapshotRow {
  const agent = roster.byExternalId.get(r.subject);
  // every record names a stored agent (ingestion locks it; the delete guard keeps it), and the roster is read from the same snapshot
  if (!agent) throw new Error(`scored agent ${r.subject} is not in the roster`);
  const teamId = r.team === null ? null : (roster.teamIds.get(r.team) ?? null);
  return new ScoredRow('agent', String(agent.id), teamId, r, metrics, { externalId: r.subject, name: agent.name });
}

function teamRows(report: ScoreReport, roster: ScoreRoster, subject: string, metrics: readonly string[]): SnapshotRow[] {
  const byTeam = new Map<string, SubjectResult[]>();
  if (subject === 'agent') {
    for (const r of report.results) {
      if (r.team === null) continue;
      const members = byTeam.get(r.team);
      if (members) members.push(r);
      else byTeam.set(r.team, [r]);
    }
  }
  const teamResults = new Map(subject === 'team' ? report.results.map((r) => [r.subject, r]) : []);
  const names = new Set([...Object.keys(report.teams), ...byTeam.keys(), ...teamResults.keys()]);
  const rows: SnapshotRow[] = [];
  for (const name of [...names].sort()) {
    const teamId = roster.teamIds.get(name);
    if (teamId === undefined) continue;
    const members = byTeam.get(name) ?? [];
    const scores = members.flatMap((m) => (m.score === null ? [] : [m.score]));
    const own = teamResults.get(name);
    const result: TeamSnapshot = {
      metrics: encodeMetrics(report.teams[name] ?? own?.metrics ?? {}, metrics), agents: members.length, scored: scores.length,
      ...scoreSummary(scores), ...(own ? { subject: encodeSubject(own, metrics) } : {}),
    };
    rows.push({
      kind: 'team', subjectKey: String(teamId), teamId,
      score: own?.score ?? null, rank: own?.rank ?? null, teamRank: null, eligible: own?.eligible ?? false, result,
    });
  }
  return rows;
}
