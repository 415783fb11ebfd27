import type { CompiledNode, CompiledScorecard, SubjectAttributes, Value } from '@yardstick/dsl';
import type { PlanSet } from './accumulators';
import { nodeIndex, targetGroups } from './evaluate';
import { explainSubject } from './explain';
import {
  evaluatePool, groupAgents, newAgentState, type AgentState, type Pool, type PoolScopes, type PoolSource,
} from './pools';
import { wallClockText, type SegmentPlan } from './profiles';
import { competitionRanks, groupedRanks } from './ranks';
import { agentAttributes, onStaff, type RosterEntry } from './roster';
import { metricValues, scoreSubject, type ScoringContext, type SubjectEval } from './subject-score';
import type { ExplainNode, Period, ScoreReport, SubjectResult } from './types';

// From the accumulated state to the report (spec §5, §7): the organisation first, then teams (and groups), then
// the subjects, whose expressions read team(m) and org(m) from the pools evaluated before them. The one
// implementation behind both entry points: the streaming Scorer and the pre-aggregated AggregatedScorer differ
// only in their PoolSource.

/** A subject that explain was asked about but that was not scored. */
export class SubjectError extends Error {
  override readonly name = 'SubjectError';
  constructor(message: string, readonly subject: string) {
    super(message);
  }
}

type AttributeTable = Readonly<Record<string, Readonly<Record<string, Value>>>>;

export interface ScoringInput {
  readonly sc: CompiledScorecard;
  readonly period: Period;
  readonly segments: readonly SegmentPlan[];
  readonly plans: PlanSet;
  readonly agents: ReadonlyMap<string, AgentState>;
  readonly pools: PoolSource;
  readonly roster: ReadonlyMap<string, RosterEntry>;
  readonly teamAttributes?: AttributeTable;
  readonly groupAttributes?: AttributeTable;
  readonly counts: { readonly read: number; readonly outside: number; readonly withoutAgent: number };
}

/** The report and what explain needs to retell it. */
export interface Evaluation {
  readonly context: ScoringContext;
  readonly report: ScoreReport;
  readonly subjects: ReadonlyMap<string, SubjectEval>;
}

/** A team, group or the organisation: its pool and the scopes evaluated from it. */
interface Level {
  readonly pool: Pool;
  readonly scopes: PoolScopes;
}

type ValuesOf = (seg: number) => readonly Value[];

const valuesOf = (level: Level | undefined): ValuesOf | undefined =>
  level && ((seg) => (seg < 0 ? level.scopes.whole : level.scopes.parts[seg]).values);

export function evaluateAll(input: ScoringInput): Evaluation {
  const { sc, segments } = input;
  const context: ScoringContext = { sc, nodes: nodeIndex(sc), segments, targets: targetGroups(sc) };
  const agents = withIdleAgents(input);
  // when no expression reads team(m) or org(m), the team and organisation pools only feed the report's
  // metric tables, so a source that allows it (no validation happens there) builds them on first read
  if (input.pools.deferGroups === true && sc.subject === 'agent' && !sc.usesTeam && !sc.usesOrg) {
    const evals = agents.map((a) => scoreAgent(input, context, a, undefined, undefined));
    return { context, subjects: subjectMap(evals), report: buildReport(input, evals, agents, () => groupLevels(input, agents)) };
  }
  const levels = groupLevels(input, agents);
  const { teams } = levels;
  const orgValues = valuesOf(levels.org) as ValuesOf;
  let evals: SubjectEval[];
  if (sc.subject === 'team') {
    evals = [...teams].map(([team, l]) => scoreSubject(context, team, team, l.pool, l.scopes));
  } else if (sc.subject === 'group') {
    evals = [...groupAgents(agents, (a) => a.entry?.info.group ?? null)].map(([group, members]) => {
      const l = level(input, members, { group: namedAttrs(group, input.groupAttributes) }, orgValues, 'group', group);
      return scoreSubject(context, group, null, l.pool, l.scopes);
    });
  } else {
    evals = agents.map((a) => scoreAgent(input, context, a, a.team === null ? undefined : teams.get(a.team), orgValues));
  }
  return { context, subjects: subjectMap(evals), report: buildReport(input, evals, agents, () => levels) };
}

const subjectMap = (evals: readonly SubjectEval[]): Map<string, SubjectEval> => new Map(evals.map((e) => [e.subject, e]));

/** The organisation, then its teams (whose expressions may read org(m)). */
interface Levels {
  readonly org: Level;
  readonly teams: ReadonlyMap<string, Level>;
}

function groupLevels(input: ScoringInput, agents: AgentState[]): Levels {
  const org = level(input, agents, {}, undefined, 'org', null);
  const orgValues = valuesOf(org) as ValuesOf;
  const teams = new Map<string, Level>();
  for (const [team, members] of groupAgents(agents, (a) => a.team)) {
    teams.set(team, level(input, members, { team: namedAttrs(team, input.teamAttributes) }, orgValues, 'team', team));
  }
  return { org, teams };
}

function level(
  input: ScoringInput, members: AgentState[], attrs: SubjectAttributes, org: ValuesOf | undefined, kind: 'org' | 'team' | 'group', name: string | null,
): Level {
  const pool = input.pools.group(kind, name, members);
  const scopes = evaluatePool(input.sc, pool, (agg, seg) => ({
    agg, attrs, org: org?.(seg), selfOrg: kind === 'org', selfTeam: kind === 'team',
  }));
  return { pool, scopes };
}

function scoreAgent(
  input: ScoringInput, cx: ScoringContext, a: AgentState, team: Level | undefined, org: ValuesOf | undefined,
): SubjectEval {
  const pool = input.pools.agent(a);
  const attrs: SubjectAttributes = {
    agent: agentAttributes(a.id, a.entry, a.team, input.period),
    ...(a.team === null ? {} : { team: namedAttrs(a.team, input.teamAttributes) }),
  };
  const teamValues = valuesOf(team);
  const scopes = evalAgent(input, pool, attrs, teamValues, org);
  return scoreSubject(cx, a.id, a.team, pool, scopes);
}

function evalAgent(
  input: ScoringInput, pool: Pool, attrs: SubjectAttributes, team: ValuesOf | undefined, org: ValuesOf | undefined,
): PoolScopes {
  return evaluatePool(input.sc, pool, (agg, seg) => ({ agg, attrs, team: team?.(seg), org: org?.(seg) }));
}

/** How a subject's score came about. Throws SubjectError for a subject that was not scored. */
export function explainEvaluated(ev: Evaluation, subject: string): ExplainNode {
  const subjectEval = ev.subjects.get(subject);
  if (!subjectEval) {
    const { sc } = ev.context;
    throw new SubjectError(`no ${sc.subject} '${subject}' was scored by ${sc.key} in ${ev.report.period.from}..${ev.report.period.to}`, subject);
  }
  return explainSubject(ev.context, subjectEval);
}

/** `team.NAME` / `group.NAME`: the given attributes and the name. */
function namedAttrs(name: string, table: AttributeTable | undefined): Record<string, Value> {
  return { ...(table?.[name] ?? {}), name };
}

/** The agents scored: those with records, and listed agents on staff during the period even without any. */
function withIdleAgents(input: ScoringInput): AgentState[] {
  const out = [...input.agents.values()];
  const from = input.segments[0].firstDay;
  const to = input.segments[input.segments.length - 1].lastDay;
  for (const [id, entry] of input.roster) {
    if (input.agents.has(id) || !onStaff(entry, from, to)) continue;
    out.push(newAgentState(id, entry, entry.info.team ?? null, input.plans, input.segments.length));
  }
  return out;
}

function buildReport(
  input: ScoringInput, evals: readonly SubjectEval[], agents: readonly AgentState[], levels: () => Levels,
): ScoreReport {
  const { sc } = input;
  const nodes = new Map(sc.nodes.map((n) => [n.key, n]));
  const scores = evals.map((e) => e.score);
  const ranks = competitionRanks(scores);
  const teamRanks = sc.subject === 'agent' ? groupedRanks(scores, evals.map((e) => e.team)) : scores.map(() => null);
  const results: SubjectResult[] = evals.map((e, i) => ({ ...e.result, rank: ranks[i], teamRank: teamRanks[i] }));
  results.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
  const report = {
    scorecard: sc.key,
    period: input.period,
    // the organisation's record count per segment is its agents' (as its pool counts them)
    segments: input.segments.map((seg, s) => ({
      from: seg.from, to: seg.to, start: wallClockText(seg.startMs), end: wallClockText(seg.endMs),
      profile: seg.profile?.key ?? '', reason: seg.reason,
      records: agents.reduce((n, a) => n + a.segRecords[s], 0),
    })),
    results,
  } as Partial<Writable<ScoreReport>>;
  defineLazy(report, 'teams', () => teamTable(sc, nodes, levels().teams));
  defineLazy(report, 'org', () => metricValues(sc, nodes, levels().org.scopes.whole.values));
  report.recordsRead = input.counts.read;
  report.recordsOutsidePeriod = input.counts.outside;
  report.recordsWithoutAgent = input.counts.withoutAgent;
  return report as ScoreReport;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function teamTable(
  sc: CompiledScorecard, nodes: ReadonlyMap<string, CompiledNode>, teams: ReadonlyMap<string, Level>,
): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const [team, l] of [...teams].sort(([a], [b]) => (a < b ? -1 : 1))) out[team] = metricValues(sc, nodes, l.scopes.whole.values);
  return out;
}

/** An enumerable property computed once, on first read (JSON, spreading and equality see a plain value). */
function defineLazy<T extends object, K extends keyof T>(target: Partial<T>, key: K, compute: () => T[K]): void {
  let cached: { value: T[K] } | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (cached ??= { value: compute() }).value,
  });
}
