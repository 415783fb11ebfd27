import type { PlanSet } from './accumulators';
import { AggregatedInputError, type AggregatedRow } from './aggregated-types';

// The rows of a pre-aggregated input indexed by subject: per agent, team, group and the organisation, the row of
// each segment and the row of the whole period. Rows that contradict each other are refused here, with a
// message naming the row, rather than scored into numbers that quietly differ from the streaming path.

/** The rows of one subject or group: one per segment, and the whole period's. */
export interface RowSet {
  readonly parts: (AggregatedRow | undefined)[];
  whole?: AggregatedRow;
}

export interface AgentRows extends RowSet {
  readonly agent: string;
  team: string | null | undefined;
  group: string | null | undefined;
}

export interface RowIndex {
  readonly agents: Map<string, AgentRows>;
  readonly teams: Map<string, RowSet>;
  readonly groups: Map<string, RowSet>;
  readonly org: RowSet;
}

const newSet = (segments: number): RowSet => ({ parts: new Array<AggregatedRow | undefined>(segments).fill(undefined) });

function where(row: AggregatedRow): string {
  const name = row.level === 'agent' ? ` ${row.agent}` : row.level === 'team' ? ` ${row.team}` : row.level === 'group' ? ` ${row.group}` : '';
  return `${row.level}${name} (${row.segment === null ? 'whole period' : `segment ${row.segment}`})`;
}

function checkRow(row: AggregatedRow, plans: PlanSet, segments: number): void {
  const seg = row.segment;
  if (seg !== null && !(Number.isInteger(seg) && seg >= 0 && seg < segments)) {
    throw new AggregatedInputError(`row ${where(row)}: the period has ${segments} segment(s), so segment must be null or 0..${segments - 1}`);
  }
  if (!(Number.isSafeInteger(row.records) && row.records >= 0)) throw new AggregatedInputError(`row ${where(row)}: records must be a count, not ${row.records}`);
  if (row.states.length > plans.size) {
    throw new AggregatedInputError(`row ${where(row)}: ${row.states.length} aggregate states for a scorecard with ${plans.size} aggregates`);
  }
}

function place(set: RowSet, row: AggregatedRow): void {
  const taken = row.segment === null ? set.whole : set.parts[row.segment];
  if (taken) throw new AggregatedInputError(`row ${where(row)} is given twice`);
  if (row.segment === null) set.whole = row;
  else set.parts[row.segment] = row;
}

function agentRows(index: RowIndex, row: AggregatedRow, segments: number): AgentRows {
  const id = row.agent;
  if (typeof id !== 'string' || id === '') throw new AggregatedInputError(`an agent row without an agent id (${where(row)})`);
  let set = index.agents.get(id);
  if (!set) {
    set = { ...newSet(segments), agent: id, team: row.team, group: row.group };
    index.agents.set(id, set);
  }
  if ((row.team ?? null) !== (set.team ?? null) || (row.group ?? null) !== (set.group ?? null)) {
    throw new AggregatedInputError(`agent ${id} is given with two teams or groups: the query must pool each agent in one team`);
  }
  return set;
}

function named(map: Map<string, RowSet>, name: string | null | undefined, segments: number): RowSet | undefined {
  // the rows of agents without a team (or group) are no team's: streamed scoring pools them nowhere either
  if (typeof name !== 'string') return undefined;
  let set = map.get(name);
  if (!set) map.set(name, (set = newSet(segments)));
  return set;
}

/** Indexes and checks the rows; throws AggregatedInputError for a row that cannot be right. */
export function indexRows(rows: readonly AggregatedRow[], plans: PlanSet, segments: number): RowIndex {
  const index: RowIndex = { agents: new Map(), teams: new Map(), groups: new Map(), org: newSet(segments) };
  for (const row of rows) {
    checkRow(row, plans, segments);
    let set: RowSet | undefined;
    if (row.level === 'agent') set = agentRows(index, row, segments);
    else if (row.level === 'team') set = named(index.teams, row.team, segments);
    else if (row.level === 'group') set = named(index.groups, row.group, segments);
    else if (row.level === 'org') set = index.org;
    else throw new AggregatedInputError(`a row of unknown level '${String(row.level)}'`);
    if (set) place(set, row);
  }
  return index;
}

/** The whole period's row: given, or with one segment the segment's own. */
export function wholeRow(set: RowSet, label: string): AggregatedRow | undefined {
  if (set.parts.length === 1) {
    if (set.whole && set.parts[0] && set.whole.records !== set.parts[0].records) {
      throw new AggregatedInputError(`${label}: the whole-period row and its only segment's row disagree`);
    }
    return set.whole ?? set.parts[0];
  }
  const inParts = set.parts.reduce((n, r) => n + (r?.records ?? 0), 0);
  if ((set.whole?.records ?? 0) !== inParts) {
    throw new AggregatedInputError(`${label}: the whole period has ${set.whole?.records ?? 0} records but its segments ${inParts}`);
  }
  return set.whole;
}
