// The SQL back end of the language (dsl/src/compile/sql), as scoring uses it.
// INTERIM: read from the built package until the façade (@yardstick/dsl) exports it; then import from there.
export { compileAggregatesSql, SQL_FUNCTIONS } from '@yardstick/dsl/dist/compile/sql';
export type { SqlTableMap } from '@yardstick/dsl/dist/compile/sql';
