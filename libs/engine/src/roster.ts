import type { Value } from '@yardstick/dsl';
import type { RosterCounts } from './accumulators';
import { dayNumber, PeriodError } from './periods';
import type { AgentInfo, Period } from './types';

// What the engine knows about agents beyond their records: attributes for `agent.x`, tenure, and the roster
// figures (headcount, leavers, joiners) of a team, group or the organisation over a stretch of days.

/** An agent in the agents list that cannot be used as given; `message` is meant to be shown as is. */
export class AgentError extends Error {
  override readonly name = 'AgentError';
  constructor(message: string, readonly agent: string) {
    super(message);
  }
}

/** An agent's dates as day numbers, validated once. */
export interface RosterEntry {
  readonly info: AgentInfo;
  readonly hired: number | null;
  readonly left: number | null;
}

function day(agent: AgentInfo, what: string, text: string | null | undefined): number | null {
  if (text === null || text === undefined || text === '') return null;
  try {
    return dayNumber(text);
  } catch (e) {
    if (e instanceof PeriodError) throw new AgentError(`agent ${agent.id}: ${what} ${e.message}`, agent.id);
    throw e;
  }
}

/** Indexes the agents list by id; a duplicate id or a bad date is an AgentError. */
export function rosterOf(agents: readonly AgentInfo[] | undefined): Map<string, RosterEntry> {
  const out = new Map<string, RosterEntry>();
  for (const info of agents ?? []) {
    if (out.has(info.id)) throw new AgentError(`agent ${info.id} is listed twice`, info.id);
    const hired = day(info, 'hired_on', info.hiredOn);
    const left = day(info, 'left_on', info.leftOn);
    if (hired !== null && left !== null && left < hired) {
      throw new AgentError(`agent ${info.id}: left_on ${info.leftOn} is before hired_on ${info.hiredOn}`, info.id);
    }
    out.set(info.id, { info, hired, left });
  }
  return out;
}

/**
 * What `agent.NAME` reads: the custom attributes, then the built-in ones, and `tenure_days` — the days from
 * `hired_on` to the last day of the period being scored (null without `hired_on`). Dates and money are passed
 * as given: the compiled code converts them (a money string stays exact for compensation).
 */
export function agentAttributes(
  id: string, entry: RosterEntry | undefined, team: string | null, period: Period,
): Record<string, Value> {
  const info = entry?.info;
  const attrs: Record<string, Value> = { ...(info?.attributes ?? {}) };
  attrs.id = id;
  attrs.name = info?.name ?? attrs.name ?? id;
  attrs.team = team;
  attrs.group = info?.group ?? null;
  attrs.hired_on = info?.hiredOn ?? null;
  attrs.left_on = info?.leftOn ?? null;
  if (!('base_bonus' in attrs)) attrs.base_bonus = null;
  attrs.tenure_days = entry?.hired != null ? dayNumber(period.to) - entry.hired : null;
  return attrs;
}

/** A member of a team/group/organisation for roster counting. */
export interface RosterMember {
  readonly entry?: RosterEntry;
  /** whether the member has records in the stretch being counted (proof of being on staff) */
  readonly active: boolean;
}

/**
 * Headcount: members on staff at some point of the stretch (hired by its end and not gone before its start,
 * or with records in it); leavers: `left_on` within it; joiners: `hired_on` within it.
 */
export function rosterCounts(members: Iterable<RosterMember>, from: number, to: number): RosterCounts {
  let headcount = 0;
  let leavers = 0;
  let joiners = 0;
  for (const m of members) {
    const hired = m.entry?.hired ?? null;
    const left = m.entry?.left ?? null;
    const onStaff = m.entry !== undefined && (hired === null || hired <= to) && (left === null || left >= from);
    if (m.active || onStaff) headcount++;
    if (left !== null && left >= from && left <= to) leavers++;
    if (hired !== null && hired >= from && hired <= to) joiners++;
  }
  return { headcount, leavers, joiners };
}

/** Whether a listed agent was on staff at some point of the period (so is scored even without records). */
export function onStaff(entry: RosterEntry, from: number, to: number): boolean {
  return (entry.hired === null || entry.hired <= to) && (entry.left === null || entry.left >= from);
}
