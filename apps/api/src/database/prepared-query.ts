import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

// The statements of the hot read path (authenticating a request, the scorecard version in force, a page of stored
// scores) as named prepared statements, straight on TypeORM's pg pool: each pooled connection parses and plans a
// statement once, later requests only bind and execute it, and no query builder runs per request. The name must
// stand for exactly one text (a statement whose text depends on its arguments has one name per shape).

export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const known = new Map<string, string>();

/** Declares a statement; the same name twice with different texts is a programming error. */
export function prepared(name: string, text: string): PreparedStatement {
  const before = known.get(name);
  if (before !== undefined && before !== text) throw new Error(`prepared statement ${name} declared with two texts`);
  known.set(name, text);
  return { name, text };
}

/** The statement's rows, on any pooled connection of the data source. */
export async function preparedRows<T>(db: DataSource, statement: PreparedStatement, values: readonly unknown[]): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as Pool;
  const result = await pool.query({ name: statement.name, text: statement.text, values: [...values] });
  return result.rows as T[];
}
