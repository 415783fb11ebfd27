import { MIGRATIONS } from '@yardstick/migrations';
import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';

// `date` columns stay 'YYYY-MM-DD' text: pg would otherwise build a Date at local midnight and shift the day
// in any zone west of UTC. numeric and int8 already arrive as strings, which keeps money and big counts exact.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** The one set of TypeORM options: the Nest app, the CLI script and the tests all connect through it. */
export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['warn'],
    extra: { max: 10 },
  };
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
