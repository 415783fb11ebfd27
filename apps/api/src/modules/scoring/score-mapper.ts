import type { CompiledNode, CompiledScorecard } from '@yardstick/dsl';
import type { TargetResult } from '@yardstick/engine';
import { InvalidInputException } from '../../common/domain.exception';
import {
  SegmentSourceModel, type AgentScoreModel, type KpiScoreModel, type MetricValueModel, type ScoredAgentModel,
  type ScoreSegmentModel, type TargetOutcomeModel,
} from './scoring.model';
import { decodeSubject, type StoredSubject, type SubjectView } from './snapshot-codec';
import type { SegmentSnapshot, TeamSnapshot } from './snapshot-rows';
import type { StoredScore } from './snapshots.repository';
import type { GroupKind } from '../groups/groups.model';
import type { GroupScoreModel } from './group-scores.model';
import type { TeamScoreModel } from './team-scores.model';

// Stored rows → GraphQL models. Labels and units come from the compiled scorecard of the version that scored
// (cached), so rows stay small; metrics and kpis are listed in the order the scorecard writes them.

// one lookup per compiled scorecard (compiled scorecards are cached and never mutated), not one per row mapped
const NODES = new WeakMap<CompiledScorecard, Map<string, CompiledNode>>();

function nodesOf(sc: CompiledScorecard): Map<string, CompiledNode> {
  let nodes = NODES.get(sc);
  if (!nodes) NODES.set(sc, nodes = new Map(sc.nodes.map((n) => [n.key, n])));
  return nodes;
}

/** Metric values in the scorecard's order (as stored) with their labels and units. */
export function metricsOf(values: readonly (number | null)[], sc: CompiledScorecard): MetricValueModel[] {
  const nodes = nodesOf(sc);
  return sc.metrics.map((key, i) => {
    const node = nodes.get(key);
    return { key, label: node?.label ?? null, value: values[i] ?? null, unit: node?.type ?? 'number' };
  });
}

export function kpisOf(kpis: SubjectView['kpis'], sc: CompiledScorecard): KpiScoreModel[] {
  const nodes = nodesOf(sc);
  return kpis.map((k) => ({ key: k.key, label: nodes.get(k.key)?.label ?? null, value: k.value, weight: k.weight }));
}

export function targetsOf(targets: readonly TargetResult[]): TargetOutcomeModel[] {
  return targets.map((t) => ({ metric: t.metric, op: t.op, target: t.target, actual: t.actual, met: t.met, gap: t.gap }));
}

export function scoredAgent(row: Pick<StoredScore, 'subject_key' | 'external_id' | 'name' | 'team_id' | 'team_name'>): ScoredAgentModel {
  return {
    id: row.subject_key, externalId: row.external_id ?? '', name: row.name ?? '',
    team: row.team_id === null ? null : { id: String(row.team_id), name: row.team_name ?? '' },
  };
}

/** Straight from the stored arrays to the GraphQL shape (no intermediate decoded view: this runs per row read). */
export function toAgentScore(row: StoredScore, sc: CompiledScorecard): AgentScoreModel {
  const stored = row.result as StoredSubject;
  const nodes = nodesOf(sc);
  return {
    agent: scoredAgent(row), score: row.score, rank: row.rank, teamRank: row.team_rank, eligible: row.eligible,
    profile: stored.p, records: stored.r,
    kpis: stored.k.map(([key, value, weight]) => ({ key, label: nodes.get(key)?.label ?? null, value, weight })),
    metrics: metricsOf(stored.m, sc),
    targets: stored.t.map(([metric, op, target, actual, met, gap]) => ({ metric, op, target, actual, met, gap })),
    alerts: [...stored.a],
  };
}

export function toTeamScore(row: StoredScore, sc: CompiledScorecard): TeamScoreModel {
  const result = row.result as TeamSnapshot;
  const own = result.subject ? decodeSubject(result.subject, sc.metrics) : null;
  return {
    team: { id: String(row.team_id), name: row.team_name ?? '' },
    metrics: metricsOf(result.metrics, sc), agents: result.agents, scoredAgents: result.scored,
    meanScore: result.meanScore, medianScore: result.medianScore,
    score: row.score, rank: row.rank, eligible: row.eligible,
    kpis: own ? kpisOf(own.kpis, sc) : [],
    targets: own ? targetsOf(own.targets) : [],
  };
}

/** A group's stored row (`external_id` carries the group's kind) as the API shows it. */
export function toGroupScore(row: StoredScore, sc: CompiledScorecard): GroupScoreModel {
  const stored = row.result as StoredSubject;
  const nodes = nodesOf(sc);
  return {
    group: { id: row.subject_key, name: row.name ?? '', kind: (row.external_id ?? 'site') as GroupKind },
    score: row.score, rank: row.rank, eligible: row.eligible, profile: stored.p, records: stored.r,
    kpis: stored.k.map(([key, value, weight]) => ({ key, label: nodes.get(key)?.label ?? null, value, weight })),
    metrics: metricsOf(stored.m, sc),
    targets: stored.t.map(([metric, op, target, actual, met, gap]) => ({ metric, op, target, actual, met, gap })),
    alerts: [...stored.a],
  };
}

/** Segments as shown; the override behind one only to callers who may read overrides. */
export function toSegments(segments: readonly SegmentSnapshot[], showOverrides: boolean): ScoreSegmentModel[] {
  return segments.map((s) => ({
    from: s.from, to: s.to, start: s.start ?? `${s.from}T00:00:00`, end: s.end ?? `${dayAfter(s.to)}T00:00:00`, profile: s.profile, records: s.records, source: s.source as SegmentSourceModel,
    overrideId: showOverrides && s.override ? String(s.override.id) : null,
    overrideReason: showOverrides && s.override ? s.override.reason : null,
  }));
}

const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// Cursors are opaque to clients: the position after which the next page starts.
const CURSOR_PREFIX = 'ys:score:';

export function cursorOf(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset an `after` cursor points past (0 without one); a cursor this API did not give out is refused. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === undefined || after === null || after === '') return 0;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || cursorOf(offset) !== after) {
    throw new InvalidInputException([{ path: 'after', message: 'not a cursor from this connection: pass an endCursor or an edge\'s cursor' }]);
  }
  return offset + 1;
}
