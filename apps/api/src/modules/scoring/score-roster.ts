import type { Value } from '@yardstick/dsl';
import type { AgentInfo } from '@yardstick/engine';

// The organisation as the engine knows it: agents by external id (what records name and the CLI's agents file
// lists), teams and groups by name (what `team.NAME` / `group.NAME` read and what the engine pools by), with the
// database ids kept beside them so results can be joined back and access-checked.

export interface AgentRow {
  readonly id: number;
  readonly external_id: string;
  readonly name: string;
  readonly team_id: number | null;
  readonly team: string | null;
  readonly group: string | null;
  readonly hired_on: string | null;
  readonly left_on: string | null;
  readonly base_bonus: string | null;
  readonly attributes: Record<string, Value> | null;
}

export interface NamedRow {
  readonly id: number;
  readonly name: string;
  readonly attributes: Record<string, Value> | null;
  /** groups only: `site` or `vendor` */
  readonly kind?: string;
}

export interface ScoreRoster {
  readonly agents: readonly AgentInfo[];
  /** external id → database id, name and current team id */
  readonly byExternalId: ReadonlyMap<string, { readonly id: number; readonly name: string; readonly teamId: number | null }>;
  /** team name → team id */
  readonly teamIds: ReadonlyMap<string, number>;
  /** group name → group id */
  readonly groupIds: ReadonlyMap<string, number>;
  /** group id → name and kind */
  readonly groups: ReadonlyMap<number, { readonly name: string; readonly kind: string }>;
  readonly teamAttributes: Readonly<Record<string, Readonly<Record<string, Value>>>>;
  readonly groupAttributes: Readonly<Record<string, Readonly<Record<string, Value>>>>;
}

/** The engine's agents list, as the CLI builds it from an agents file: custom attributes plus the built-in columns. */
export function rosterOf(agents: readonly AgentRow[], teams: readonly NamedRow[], groups: readonly NamedRow[]): ScoreRoster {
  const infos: AgentInfo[] = [];
  const byExternalId = new Map<string, { id: number; name: string; teamId: number | null }>();
  for (const a of agents) {
    const attributes: Record<string, Value> = { ...(a.attributes ?? {}), name: a.name };
    if (a.team !== null) attributes.team = a.team;
    if (a.group !== null) attributes.group = a.group;
    if (a.hired_on !== null) attributes.hired_on = a.hired_on;
    if (a.left_on !== null) attributes.left_on = a.left_on;
    if (a.base_bonus !== null) attributes.base_bonus = a.base_bonus;
    infos.push({
      id: a.external_id, name: a.name, team: a.team, group: a.group, hiredOn: a.hired_on, leftOn: a.left_on, attributes,
    });
    byExternalId.set(a.external_id, { id: a.id, name: a.name, teamId: a.team_id });
  }
  return {
    agents: infos,
    byExternalId,
    teamIds: new Map(teams.map((t) => [t.name, t.id])),
    groupIds: new Map(groups.map((g) => [g.name, g.id])),
    groups: new Map(groups.map((g) => [g.id, { name: g.name, kind: g.kind ?? 'site' }])),
    teamAttributes: Object.fromEntries(teams.map((t) => [t.name, t.attributes ?? {}])),
    groupAttributes: Object.fromEntries(groups.map((g) => [g.name, g.attributes ?? {}])),
  };
}
