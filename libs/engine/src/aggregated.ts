import { Accumulators, planSet, type PlanSet } from './accumulators';
import { indexRows, wholeRow, type RowIndex, type RowSet } from './aggregated-rows';
import { AggregatedInputError, type AggregatedInput, type AggregatedRow } from './aggregated-types';
import { rangePeriod } from './periods';
import { completePool, type AgentState, type Pool, type PoolSource } from './pools';
import { planSegments, type SegmentPlan } from './profiles';
import { rosterOf, type RosterEntry } from './roster';
import { evaluateAll, explainEvaluated, type Evaluation } from './scoring';
import type { ExplainNode, ScoreOptions, ScoreReport } from './types';

// Scoring from pre-aggregated states (the service runs the SQL that dsl/src/compile/sql generates): the rows
// give every agent's, team's, group's and the organisation's accumulator states per segment and for the whole
// period; from there on it is the streaming scorer's own code (scoring.ts), so the report is the same.

/** Scores the rows of one scorecard and period. Throws PeriodError, ProfileError, AgentError or AggregatedInputError. */
export class AggregatedScorer {
  private readonly evaluation: Evaluation;

  constructor(opts: ScoreOptions, input: AggregatedInput) {
    const sc = opts.scorecard;
    const period = rangePeriod(opts.period.from, opts.period.to);
    const plans = planSet(sc.aggregates);
    const segments = planSegments(sc, period, opts.profile, opts.segments);
    const roster = rosterOf(opts.agents);
    const index = indexRows(input.rows, plans, segments.length);
    const agents = agentStates(index, roster, plans, segments, sc.subject === 'group');
    let records = 0;
    for (const a of agents.values()) records += a.records;
    const counts = input.counts ?? {};
    this.evaluation = evaluateAll({
      sc, period, segments, plans, agents, roster,
      pools: rowPools(index, plans, segments),
      teamAttributes: opts.teamAttributes,
      groupAttributes: opts.groupAttributes,
      counts: { read: counts.read ?? records, outside: counts.outside ?? 0, withoutAgent: counts.withoutAgent ?? 0 },
    });
  }

  finish(): ScoreReport {
    return this.evaluation.report;
  }

  /** How a subject's score came about. Throws SubjectError for a subject that was not scored. */
  explain(subject: string): ExplainNode {
    return explainEvaluated(this.evaluation, subject);
  }
}

/** The report of pre-aggregated rows (see AggregatedScorer). */
export function scoreAggregated(opts: ScoreOptions, input: AggregatedInput): ScoreReport {
  return new AggregatedScorer(opts, input).finish();
}

const accumulatorsOf = (plans: PlanSet, row: AggregatedRow | undefined): Accumulators =>
  row ? Accumulators.fromStates(plans, row.states) : new Accumulators(plans);

/** Agents as the streaming scorer would have left them: a listed agent's team from the roster (none when listed without one), else from the rows. */
function agentStates(
  index: RowIndex, roster: ReadonlyMap<string, RosterEntry>, plans: PlanSet, segments: readonly SegmentPlan[], byGroup: boolean,
): Map<string, AgentState> {
  const out = new Map<string, AgentState>();
  for (const [id, rows] of index.agents) {
    const entry = roster.get(id);
    const listedTeam = entry?.info.team ?? null;
    if (entry && rows.team !== undefined && (rows.team ?? null) !== listedTeam) {
      throw new AggregatedInputError(`agent ${id} is on team ${listedTeam} but the rows pool it in ${rows.team ?? 'no team'}`);
    }
    if (byGroup && rows.group !== undefined && (rows.group ?? null) !== (entry?.info.group ?? null)) {
      throw new AggregatedInputError(`agent ${id} is in group ${entry?.info.group ?? 'none'} but the rows pool it in ${rows.group ?? 'none'}`);
    }
    const whole = wholeRow(rows, `agent ${id}`);
    const segRecords = segments.length === 1 ? [whole?.records ?? 0] : rows.parts.map((r) => r?.records ?? 0);
    const accs = segments.length === 1 ? [accumulatorsOf(plans, whole)] : rows.parts.map((r) => accumulatorsOf(plans, r));
    out.set(id, { id, entry, team: entry ? listedTeam : (rows.team ?? null), records: whole?.records ?? 0, segRecords, accs });
  }
  return out;
}

/** Pools read from the rows (never merged: a percentile or an exact sum cannot be pooled from finished states). */
function rowPools(index: RowIndex, plans: PlanSet, segments: readonly SegmentPlan[]): PoolSource {
  const wholes = new Map<string, Accumulators>();
  return {
    agent(a: AgentState): Pool {
      let whole = a.accs[0];
      if (segments.length > 1) {
        whole = wholes.get(a.id) ?? accumulatorsOf(plans, index.agents.get(a.id)?.whole);
        wholes.set(a.id, whole);
      }
      return completePool(a.accs, whole, [a], plans, segments);
    },
    group(kind, name, members): Pool {
      const rows = kind === 'org' ? index.org : (kind === 'team' ? index.teams : index.groups).get(name ?? '');
      return poolFromRows(rows, kind === 'org' ? 'the organisation' : `${kind} ${name}`, members, plans, segments);
    },
  };
}

function poolFromRows(
  rows: RowSet | undefined, label: string, members: readonly AgentState[], plans: PlanSet, segments: readonly SegmentPlan[],
): Pool {
  const whole = rows ? wholeRow(rows, label) : undefined;
  const parts = segments.length === 1 ? [accumulatorsOf(plans, whole)] : segments.map((_, s) => accumulatorsOf(plans, rows?.parts[s]));
  const pool = completePool(parts, segments.length === 1 ? parts[0] : accumulatorsOf(plans, whole), members, plans, segments);
  const given = segments.length === 1 ? [whole?.records ?? 0] : segments.map((_, s) => rows?.parts[s]?.records ?? 0);
  given.forEach((n, s) => {
    if (n !== pool.segRecords[s]) {
      throw new AggregatedInputError(`${label}: its rows count ${n} records${segments.length > 1 ? ` in segment ${s}` : ''} but its agents' rows ${pool.segRecords[s]}`);
    }
  });
  return pool;
}
