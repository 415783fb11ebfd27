import type { ScoreRecord, Value } from '@yardstick/dsl';
import { zoneClock, type AgentInfo } from '@yardstick/engine';

// Random but reproducible data for comparing the streaming engine with SQL: agents in teams and groups, and
// records with nulls, zero denominators, ties, values a hair off a threshold (12-digit equality), fractional
// seconds (exact sums), custom fields, strings beyond ASCII, and instants across a daylight-saving change.

export interface TeamDef { readonly name: string; readonly group: string | null }

export interface RecordDef {
  /** the instant, UTC milliseconds */
  readonly at: number;
  readonly agent: string;
  readonly team: string | null;
  /** built-in fields besides agent, team and occurred_at */
  readonly fields: Readonly<Record<string, Value>>;
  /** custom fields, stored in the jsonb column */
  readonly custom: Readonly<Record<string, Value>>;
}

export interface World {
  readonly zone: string;
  readonly teams: readonly TeamDef[];
  readonly agents: readonly AgentInfo[];
  readonly records: readonly RecordDef[];
}

export type Rnd = () => number;

export function random(seed: number): Rnd {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const maybe = <T>(rnd: Rnd, v: () => T, nulls = 0.12): T | null => (rnd() < nulls ? null : v());

const TEAMS: readonly TeamDef[] = [
  { name: 'north', group: 'site-a' }, { name: 'south', group: 'site-a' }, { name: '东区', group: 'vendor "x"' }, { name: 'west', group: null },
];

/** Seconds: whole, fractional (non-dyadic too), ties, a hair off 30 s and 10 min, zero. */
function seconds(rnd: Rnd): number {
  const r = rnd();
  if (r < 0.08) return pick(rnd, [30, 600, 0, 29.999999999999996, 30.000000000000004, 599.9999999999999]);
  if (r < 0.5) return Math.floor(rnd() * 900);
  if (r < 0.8) return Math.round(rnd() * 9000) / 10;
  return Math.round(rnd() * 90000) / 100 + 0.005;
}

function builtins(rnd: Rnd): Record<string, Value> {
  const flag = () => rnd() < 0.6;
  const fields = {
    channel: maybe(rnd, () => pick(rnd, ['chat', 'phone', 'email', 'Émail', '😀chat', 'zz'])),
    platform: maybe(rnd, () => pick(rnd, ['web', 'app'])),
    priority: maybe(rnd, () => pick(rnd, ['urgent', 'low', 'high'])),
    customer: maybe(rnd, () => `c${Math.floor(rnd() * 25)}`),
    kind: rnd() < 0.1 ? 'kb_contribution' : null,
    first_response_seconds: maybe(rnd, () => seconds(rnd)),
    wait_seconds: maybe(rnd, () => seconds(rnd)),
    talk_seconds: maybe(rnd, () => seconds(rnd)),
    hold_seconds: maybe(rnd, () => seconds(rnd), 0.3),
    handle_seconds: maybe(rnd, () => seconds(rnd)),
    answered: maybe(rnd, flag), resolved: maybe(rnd, flag), first_contact_resolved: maybe(rnd, flag),
    transferred: maybe(rnd, flag), escalated: maybe(rnd, flag),
    rating: maybe(rnd, () => pick(rnd, [1, 2, 3, 4, 5, 4.5, 3.7, 0.57 * 5 + 1]), 0.3),
    qa_score: maybe(rnd, () => (rnd() < 0.1 ? pick(rnd, [0.57 * 100, 87.30000000000001, 100]) : Math.round(rnd() * 1000) / 10)),
  };
  // handle = talk + hold, added up in another order: equal to 12 digits, rarely to the last bit
  const { talk_seconds: talk, hold_seconds: hold } = fields;
  if (rnd() < 0.3 && typeof talk === 'number') fields.handle_seconds = (talk * 10 + (typeof hold === 'number' ? hold : 0) * 10) / 10;
  return fields;
}

function custom(rnd: Rnd): Record<string, Value> {
  const out: Record<string, Value> = {};
  if (rnd() < 0.85) out.kb_used = rnd() < 0.3 ? null : rnd() < 0.4;
  if (rnd() < 0.8) out.bonus = Math.round(rnd() * 100000) / 100;
  if (rnd() < 0.8) out.region = pick(rnd, ['华东', 'north-east', "o'brien", '']);
  return out;
}

export interface WorldOptions {
  readonly zone: string;
  /** inclusive days; records fall from two days before to two days after */
  readonly from: string;
  readonly to: string;
  readonly records: number;
}

function agentsOf(rnd: Rnd, from: string): AgentInfo[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: 12 }, (_, i): AgentInfo => {
    const team = i === 11 ? null : TEAMS[i % TEAMS.length];
    return {
      id: `agent-${i}`, name: `Agent ${i}`, team: team?.name ?? null, group: team?.group ?? null,
      hiredOn: i % 3 === 0 ? day(-Math.floor(rnd() * 400)) : i % 3 === 1 ? day(-30 - Math.floor(rnd() * 60)) : null,
      leftOn: i === 7 ? day(12) : null,
      attributes: { base_bonus: `${1000 + i * 250}.00` },
    };
  });
}

export function makeWorld(seed: number, o: WorldOptions): World {
  const rnd = random(seed);
  const agents = agentsOf(rnd, o.from);
  // agent-10 is listed but idle: scored with no records
  const active = agents.filter((a) => a.id !== 'agent-10');
  const start = Date.parse(`${o.from}T00:00:00Z`) - 2 * 86_400_000;
  const span = Date.parse(`${o.to}T00:00:00Z`) + 3 * 86_400_000 - start;
  const records = Array.from({ length: o.records }, (): RecordDef => {
    const a = pick(rnd, active);
    // an agent without a team has records without one: the streaming scorer would take a record's team
    const team = a.team == null ? null : rnd() < 0.1 ? pick(rnd, TEAMS).name : a.team;
    return { at: start + Math.floor(rnd() * span), agent: a.id, team, fields: builtins(rnd), custom: custom(rnd) };
  });
  // and a record at the very first and the very last millisecond of the period, and just outside it
  const after = new Date(Date.parse(`${o.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  for (const at of edgeInstants(o.zone, [o.from, after])) {
    const a = pick(rnd, active);
    records.push({ at, agent: a.id, team: a.team ?? null, fields: builtins(rnd), custom: custom(rnd) });
  }
  return { zone: o.zone, teams: TEAMS, agents, records };
}

/** The records as the engine reads them: org-local wall-clock milliseconds, custom fields beside built-ins. */
export function scoreRecords(world: World): ScoreRecord[] {
  const clock = zoneClock(world.zone);
  return world.records.map((r) => ({ ...r.fields, ...r.custom, agent: r.agent, team: r.team, occurred_at: clock.localOf(r.at) }));
}

/** The instants whose local time is midnight starting each day, and the millisecond before. */
function edgeInstants(zone: string, days: readonly string[]): number[] {
  const clock = zoneClock(zone);
  const out: number[] = [];
  for (const d of days) {
    const wall = Date.parse(`${d}T00:00:00Z`);
    // offsets are whole quarter hours within ±14 h
    for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
      const utc = wall - offset * 60_000;
      if (clock.localOf(utc) === wall) out.push(utc, utc - 1);
    }
  }
  return [...new Set(out)];
}
