import type { CompiledScorecard, ScoreRecord } from '@yardstick/dsl';
import { AccumulatorColumns } from './accumulator-columns';
import { Accumulators, planSet, type PlanSet } from './accumulators';
import { rangePeriod } from './periods';
import { mergedPools, type AgentState } from './pools';
import { planSegments, segmentAt, type SegmentPlan } from './profiles';
import { rosterOf, type RosterEntry } from './roster';
import { evaluateAll, explainEvaluated, type Evaluation } from './scoring';
import type { ExplainNode, ScoreOptions, ScoreReport } from './types';

// The streaming scorer: records go in one at a time and only per-agent accumulator states stay behind, so memory
// does not grow with the number of records. `add` is the hot path (a million records a second): one map
// look-up per record and the scorecard's generated accumulate step into the agent's row of one state table
// (AccumulatorColumns: a slot per agent and segment), no allocation.

export { SubjectError } from './scoring';

const recordTeam = (r: ScoreRecord): string | null => {
  const t = r.team;
  return typeof t === 'string' && t !== '' ? t : null;
};

/** An agent's state, with the first of its slots in the state table (one per segment, consecutive). */
interface StreamedAgent extends AgentState {
  readonly slot: number;
}

export class Scorer {
  private readonly sc: CompiledScorecard;
  private readonly plans: PlanSet;
  private readonly segments: readonly SegmentPlan[];
  private readonly roster: ReadonlyMap<string, RosterEntry>;
  private readonly agents = new Map<string, StreamedAgent>();
  private readonly columns: AccumulatorColumns;
  private readonly startMs: number;
  private readonly endMs: number;
  private read = 0;
  private outside = 0;
  private withoutAgent = 0;
  private evaluation: Evaluation | undefined;

  /** Throws PeriodError (bad period), ProfileError (unknown profile), SegmentsError (bad segments) or AgentError (bad agents list). */
  constructor(private readonly opts: ScoreOptions) {
    this.sc = opts.scorecard;
    const period = rangePeriod(opts.period.from, opts.period.to);
    this.plans = planSet(this.sc.aggregates);
    this.segments = planSegments(this.sc, period, opts.profile, opts.segments);
    this.columns = new AccumulatorColumns(this.plans, 1024);
    this.roster = rosterOf(opts.agents);
    this.startMs = this.segments[0].startMs;
    this.endMs = this.segments[this.segments.length - 1].endMs;
  }

  /** Feeds one record; `occurred_at` must be org-local wall-clock ms. */
  add(record: ScoreRecord): void {
    this.read++;
    const t = record.occurred_at;
    if (typeof t !== 'number' || !(t >= this.startMs && t < this.endMs)) {
      this.outside++;
      return;
    }
    const a = record.agent;
    if (a === null || a === undefined || a === '') {
      this.withoutAgent++;
      return;
    }
    if (this.evaluation !== undefined) this.settle(this.evaluation);
    const id = typeof a === 'string' ? a : String(a);
    let state = this.agents.get(id);
    if (state === undefined) state = this.newAgent(id, record);
    // the roster decides a listed agent's team (none when listed without one); an unlisted agent's is its first record's that names one
    else if (state.team === null && state.entry === undefined) state.team = recordTeam(record);
    const seg = this.segments.length === 1 ? 0 : segmentAt(this.segments, t);
    state.records++;
    state.segRecords[seg]++;
    const columns = this.columns;
    this.plans.accumulate(record, state.slot + seg, columns.num, columns.lists);
  }

  /** A report handed out must not change: its lazily built team and org tables are built before records move on. */
  private settle(evaluation: Evaluation): void {
    void evaluation.report.teams;
    void evaluation.report.org;
    this.evaluation = undefined;
  }

  private newAgent(id: string, record: ScoreRecord): StreamedAgent {
    const entry = this.roster.get(id);
    const n = this.segments.length;
    const slot = this.columns.alloc();
    for (let s = 1; s < n; s++) this.columns.alloc();
    const accs = Array.from({ length: n }, (_, s) => new Accumulators(this.plans, this.columns, slot + s));
    const state: StreamedAgent = { id, entry, team: entry ? (entry.info.team ?? null) : recordTeam(record), records: 0, segRecords: new Array<number>(n).fill(0), accs, slot };
    this.agents.set(id, state);
    return state;
  }

  /** Scores everyone seen so far. Cheap to call again; adding records afterwards is allowed and rescores. */
  finish(): ScoreReport {
    return this.evaluate().report;
  }

  /** How a subject's score came about. Throws SubjectError for a subject that was not scored. */
  explain(subject: string): ExplainNode {
    return explainEvaluated(this.evaluate(), subject);
  }

  private evaluate(): Evaluation {
    this.evaluation ??= evaluateAll({
      sc: this.sc,
      period: rangePeriod(this.opts.period.from, this.opts.period.to),
      segments: this.segments,
      plans: this.plans,
      agents: this.agents,
      pools: mergedPools(this.plans, this.segments),
      roster: this.roster,
      teamAttributes: this.opts.teamAttributes,
      groupAttributes: this.opts.groupAttributes,
      counts: { read: this.read, outside: this.outside, withoutAgent: this.withoutAgent },
    });
    return this.evaluation;
  }
}
