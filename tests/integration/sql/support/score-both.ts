import { check, compile, type CompiledScorecard } from '@yardstick/dsl';
import {
  AggregatedScorer, planSegments, rangePeriod, Scorer, type AggregatedRow, type Period, type ScoreOptions, type ScoreReport,
} from '@yardstick/engine';
import { compileAggregatesSql, type AggregateQuery, type SqlTableMap } from '../../../../dsl/src/compile/sql';
import type { TestDatabase } from '../../support/database';
import { INTERACTIONS } from './store';
import { scoreRecords, type World } from './world';

// One scorecard over one stored World, both ways: the records streamed through the engine as the CLI does, and
// the compiled SQL run on the database with its rows finished by AggregatedScorer.

export interface Both {
  readonly opts: ScoreOptions;
  readonly streaming: Scorer;
  readonly aggregated: AggregatedScorer;
  readonly js: ScoreReport;
  readonly sql: ScoreReport;
  readonly rows: readonly AggregatedRow[];
  readonly query: AggregateQuery;
}

export function compiled(source: string): { sc: CompiledScorecard; checked: NonNullable<ReturnType<typeof check>['value']> } {
  const doc = compile(source);
  const checked = check(source).value;
  if (!doc.value || !checked) throw new Error(`the scorecard does not compile:\n${doc.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  return { sc: doc.value.scorecards[0], checked };
}

export function aggregateQuery(source: string, opts: Omit<ScoreOptions, 'scorecard'>, zone: string, table: SqlTableMap = INTERACTIONS): AggregateQuery {
  const { sc, checked } = compiled(source);
  const segments = planSegments(sc, rangePeriod(opts.period.from, opts.period.to), opts.profile);
  const result = compileAggregatesSql({ checked, scorecard: sc, table, timeZone: zone, segments });
  if (!result.ok) throw new Error(`not compiled to SQL: ${JSON.stringify(result.unsupported)}`);
  return result.query;
}

export async function runQuery(db: TestDatabase, query: AggregateQuery): Promise<AggregatedRow[]> {
  const rows: Record<string, unknown>[] = await db.dataSource.query(query.text, [...query.values]);
  return rows.map(query.decode);
}

/** Records read and outside the period as the streaming scorer counts them, from the stored records. */
async function counts(db: TestDatabase, world: World, period: Period) {
  const [row]: { read: string; outside: string }[] = await db.dataSource.query(
    `SELECT count(*) AS read, count(*) FILTER (WHERE (occurred_at AT TIME ZONE $1)::date NOT BETWEEN $2::date AND $3::date) AS outside FROM interactions`,
    [world.zone, period.from, period.to]);
  return { read: Number(row.read), outside: Number(row.outside), withoutAgent: 0 };
}

export async function scoreBoth(db: TestDatabase, world: World, source: string, options: Omit<ScoreOptions, 'scorecard' | 'agents'>): Promise<Both> {
  const { sc } = compiled(source);
  const opts: ScoreOptions = { ...options, scorecard: sc, agents: world.agents };
  const streaming = new Scorer(opts);
  for (const r of scoreRecords(world)) streaming.add(r);
  const query = aggregateQuery(source, opts, world.zone);
  const rows = await runQuery(db, query);
  const aggregated = new AggregatedScorer(opts, { rows, counts: await counts(db, world, opts.period) });
  return { opts, streaming, aggregated, js: streaming.finish(), sql: aggregated.finish(), rows, query };
}
