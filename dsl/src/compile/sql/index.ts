// Metric aggregates compiled to PostgreSQL, for the service to score over its database with the same numbers as
// the streaming engine. Per scorecard and period:
//   const segments = planSegments(sc, period, profile)                    // @yardstick/engine
//   const r = compileAggregatesSql({ checked, scorecard: sc, table, timeZone, segments })
//   r.ok ? new AggregatedScorer(opts, { rows: (await db.query(r.query.text, r.query.values)).rows.map(r.query.decode) })
//        : stream the records through Scorer (r.unsupported says why; so does isSqlRangeError(e) on a failed query)
// The migration must create SQL_FUNCTIONS (and drop SQL_FUNCTIONS_DOWN).
export { compileAggregatesSql } from './query-sql';
export { SQL_FUNCTIONS, SQL_FUNCTIONS_DOWN, sqlFunctionsDown, sqlFunctionsUp } from './functions-sql';
export {
  isSqlRangeError, SqlResultError, SqlTableMapError,
  type AggregateQuery, type AggregateSqlOptions, type AggregateSqlResult, type SqlAggregateState, type SqlSegment, type SqlAggregatedRow,
  type SqlColumn, type SqlJoin, type SqlTableMap, type SqlUnsupported,
} from './sql-types';
