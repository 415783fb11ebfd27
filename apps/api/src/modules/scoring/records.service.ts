import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AggregatePlan, CompiledScorecard } from '@yardstick/dsl';
import { Accumulators, DAY_MS, dayOfLocalMs, localDayMs, planSet, zoneClock, type Period } from '@yardstick/engine';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/caller';
import { ForbiddenException, InvalidInputException, NotFoundException } from '../../common/domain.exception';
import { parseId } from '../../common/ids';
import { assertCan, visibleAgents } from '../auth/access.policy';
import { OrganisationService } from '../organisation/organisation.service';
import { isoInZone } from '../scorecards/org-time';
import { periodOf } from './period.input';
import { cursorOf, offsetAfter } from './score-mapper';
import { RECORD_COLUMNS, scoreRecordOf } from './score-records';
import { ScoreRuns } from './score-runs';
import type { InteractionsArgs } from './records.args';
import type { InteractionRecordConnectionModel, InteractionRecordModel } from './records.model';
import { ScoringRepository } from './scoring.repository';

// The records behind an explanation: one agent's records in a period, or only those one aggregate of a scorecard
// used. "Used" is decided by the engine's own accumulators (filter true, value non-null / numeric), over records
// mapped by scoring's own mapping (score-records.ts), so the count is the explanation tree's record count.

const DEFAULT_PAGE = 50;
const MAX_PAGE = 1000;

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ScoringRepository,
    private readonly runs: ScoreRuns,
    private readonly organisation: OrganisationService,
  ) {}

  async interactions(caller: Caller, args: InteractionsArgs): Promise<InteractionRecordConnectionModel> {
    const limit = pageSize(args.first);
    const offset = offsetAfter(args.after);
    const agentId = await this.checkAgent(caller, args.agent);
    const period = periodOf(args.period);
    const { zone, plan, compiled, bounds } = await this.scope(caller, args, period);
    const all = await this.agentRows(agentId, period, zone);
    const rows = bounds ? all.filter((row) => (row.occurred_local as number) >= bounds.startMs && (row.occurred_local as number) < bounds.endMs) : all;
    const localOf = zoneClock(zone);
    const used = plan && compiled ? usedBy(plan, compiled, (row) => scoreRecordOf(row, RECORD_COLUMNS,
      compiled.fields.filter((f) => !f.builtin), (utc) => localOf.localOf(utc))) : () => true;
    const kept = rows.filter(used);
    const page = kept.slice(offset, offset + limit);
    const edges = page.map((row, i) => ({ cursor: cursorOf(offset + i), node: toRecord(row, zone) }));
    return {
      edges, totalCount: kept.length, fields: plan ? [...plan.fields] : [],
      pageInfo: {
        hasNextPage: kept.length > offset + limit, hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
      },
    };
  }

  /** The same rule as explainScore: an agent the caller may not read is FORBIDDEN (unknown ids too, for them). */
  private async checkAgent(caller: Caller, id: string): Promise<number> {
    assertCan(caller, 'scorecards:read');
    const agentId = parseId(id, 'agent');
    const agent = await this.repository.agent(agentId);
    if (!agent) {
      if (visibleAgents(caller).kind === 'all') throw new NotFoundException('agent', agentId);
      throw new ForbiddenException('you are not allowed to read these records');
    }
    assertCan(caller, 'scores:read', { agentId, teamId: agent.team_id });
    return agentId;
  }

  private async scope(caller: Caller, args: InteractionsArgs, period: Period): Promise<{
    zone: string; plan?: AggregatePlan; compiled?: CompiledScorecard; bounds?: { startMs: number; endMs: number };
  }> {
    const scorecard = args.scorecard?.trim() || null;
    const text = args.aggregate?.trim() || null;
    const segment = args.segment ?? null;
    if (!scorecard !== !text) {
      throw new InvalidInputException([{ path: scorecard ? 'aggregate' : 'scorecard', message: 'give scorecard and aggregate together, or neither' }]);
    }
    if (segment !== null && !scorecard) {
      throw new InvalidInputException([{ path: 'segment', message: 'a segment belongs to a scorecard: give scorecard and aggregate too' }]);
    }
    if (!scorecard || !text) return { zone: await this.organisation.timeZone() };
    const run = await this.runs.forCaller(caller, { scorecard, period });
    const plan = run.compiled.aggregates.find((p) => p.text === text);
    if (!plan) throw new InvalidInputException([{ path: 'aggregate', message: `scorecard ${scorecard} has no aggregate ${text}` }]);
    if (segment === null) return { zone: run.zone, plan, compiled: run.compiled };
    const bounds = run.plan.segments[segment];
    if (!Number.isInteger(segment) || !bounds) {
      const count = run.plan.segments.length;
      throw new InvalidInputException([{ path: 'segment', message: `the period is scored in ${count} segment${count === 1 ? '' : 's'}: give 0 to ${count - 1}` }]);
    }
    return { zone: run.zone, plan, compiled: run.compiled, bounds };
  }

  private agentRows(agentId: number, period: Period, zone: string): Promise<Record<string, unknown>[]> {
    const endDay = dayOfLocalMs(localDayMs(period.to) + DAY_MS);
    const columns = RECORD_COLUMNS.map((c) => `, r.${c}`).join('');
    return this.db.query(`SELECT r.id::text AS id, r.source, r.external_id AS external_id, a.external_id AS agent, rt.name AS team,
        (extract(epoch FROM r.occurred_at) * 1000)::float8 AS occurred_utc,
        (round(extract(epoch FROM (r.occurred_at AT TIME ZONE $1)) * 1000))::float8 AS occurred_local, r.custom${columns}
       FROM interactions r JOIN agents a ON a.id = r.agent_id LEFT JOIN teams rt ON rt.id = r.team_id
      WHERE r.agent_id = $4
        AND r.occurred_at >= ($2::timestamp AT TIME ZONE $1) - interval '1 day'
        AND r.occurred_at < ($3::timestamp AT TIME ZONE $1) + interval '1 day'
        AND (r.occurred_at AT TIME ZONE $1) >= $2::timestamp AND (r.occurred_at AT TIME ZONE $1) < $3::timestamp
      ORDER BY r.occurred_at, r.id`, [zone, period.from, endDay, agentId]);
  }
}

/** Whether `plan` used a row: the engine's accumulator counts it (so no second copy of the rule lives here). */
function usedBy(plan: AggregatePlan, compiled: CompiledScorecard, map: (row: Record<string, unknown>) => Parameters<Accumulators['add']>[0]) {
  const acc = new Accumulators(planSet(compiled.aggregates));
  return (row: Record<string, unknown>): boolean => {
    const before = acc.used(plan.index);
    acc.add(map(row));
    return acc.used(plan.index) > before;
  };
}

function toRecord(row: Record<string, unknown>, zone: string): InteractionRecordModel {
  const out: Record<string, unknown> = {
    id: row.id, source: row.source, externalId: row.external_id, occurredAt: isoInZone(row.occurred_utc as number, zone),
    team: row.team ?? null, custom: (row.custom ?? {}) as Record<string, unknown>,
  };
  for (const c of RECORD_COLUMNS) out[camel(c)] = row[c] ?? null;
  return out as unknown as InteractionRecordModel;
}

function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new InvalidInputException([{ path: 'first', message: `a page holds 1 to ${MAX_PAGE} records` }]);
  }
  return first;
}
