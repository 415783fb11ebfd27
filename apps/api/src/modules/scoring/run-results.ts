import type { ScoreRoster } from './score-roster';
import type { OrganisationSnapshot } from './snapshot-rows';
import type { RunState, ScoreFilter, SnapshotKey, SnapshotRow, SnapshotsRepository, StoredScore } from './snapshots.repository';

// The results of one run as the readers page through them: stored snapshot rows (the normal case), or the rows
// just computed (answered before they are stored, and for drafts, which are never stored) — the same rows.

export interface RunResults {
  readonly organisation: OrganisationSnapshot;
  /** ISO instant of the generation; null when computed for this request only */
  readonly computedAt: string | null;
  agents(filter: ScoreFilter, limit: number, offset: number): Promise<{ rows: StoredScore[]; total: number }>;
  teams(teamIds: readonly number[] | undefined): Promise<StoredScore[]>;
  /** groups' rows (`subject group`): `external_id` holds the group's kind */
  groups(groupIds: readonly number[] | undefined): Promise<StoredScore[]>;
}

export function storedResults(snapshots: SnapshotsRepository, key: SnapshotKey, state: RunState): RunResults {
  if (!state.organisation) throw new Error('a fresh snapshot run has no organisation row');
  return {
    organisation: state.organisation as unknown as OrganisationSnapshot,
    computedAt: state.computedAt,
    async agents(filter, limit, offset) {
      const rows = await snapshots.agentPage(key, filter, limit, offset);
      const total = rows.length > 0 ? Number(rows[0].total) : await snapshots.agentCount(key, filter);
      return { rows, total };
    },
    teams: (teamIds) => snapshots.teamRows(key, teamIds),
    groups: (groupIds) => snapshots.groupRows(key, groupIds),
  };
}

export function computedResults(rows: readonly SnapshotRow[], roster: ScoreRoster, computedAt: string | null): RunResults {
  const teamNames = new Map([...roster.teamIds].map(([name, id]) => [id, name]));
  const stored = (row: SnapshotRow): StoredScore => ({
    subject_key: row.subjectKey,
    name: row.agent?.name ?? (row.kind === 'team' ? (teamNames.get(row.teamId ?? -1) ?? null) : null),
    external_id: row.agent?.externalId ?? null,
    team_id: row.teamId, team_name: row.teamId === null ? null : (teamNames.get(row.teamId) ?? null),
    score: row.score, rank: row.rank, team_rank: row.teamRank, eligible: row.eligible, result: row.result, total: '0',
  });
  // the same order as the stored rows are read in: by rank, unranked last, then by id (engine order)
  const agents = rows.filter((r) => r.kind === 'agent');
  const teams = rows.filter((r) => r.kind === 'team').sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const inTeams = (teamIds: readonly number[] | undefined, row: SnapshotRow) =>
    teamIds === undefined || (row.teamId !== null && teamIds.includes(row.teamId));
  return {
    organisation: rows.find((r) => r.kind === 'organisation')?.result as OrganisationSnapshot,
    computedAt,
    async agents(filter, limit, offset) {
      const matching = agents.filter((r) => inTeams(filter.teamIds, r) && (filter.agentId === undefined || r.subjectKey === String(filter.agentId)));
      return { rows: matching.slice(offset, offset + limit).map(stored), total: matching.length };
    },
    async teams(teamIds) {
      return teams.filter((r) => inTeams(teamIds, r)).map(stored);
    },
    async groups(groupIds) {
      const byId = new Map([...roster.groups].map(([id, g]) => [String(id), g]));
      return rows.filter((r) => r.kind === 'group' && (groupIds === undefined || groupIds.includes(Number(r.subjectKey))))
        .map((r) => ({ ...stored(r), name: byId.get(r.subjectKey)?.name ?? null, external_id: byId.get(r.subjectKey)?.kind ?? null }))
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || ((a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0));
    },
  };
}
