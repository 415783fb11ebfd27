import { randomBytes } from 'node:crypto';
import { MIGRATIONS } from '@yardstick/migrations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withDatabase } from '../../../apps/api/src/database/database.options';

// One fresh database per test file (or per test, when it needs an empty one): files run in parallel without
// sharing state, and the same code runs against the embedded server or TEST_DATABASE_URL.

export interface TestDatabase {
  /** connection URL of the new database */
  url: string;
  name: string;
  /** a TypeORM connection to it (no entities; use `.query`), already migrated unless `migrate: false` */
  dataSource: DataSource;
  drop(): Promise<void>;
}

export function testServerUrl(): string {
  const url = process.env.YS_TEST_ADMIN_URL;
  if (!url) throw new Error('YS_TEST_ADMIN_URL is unset: run through jest (projects integration / e2e-api) so globalSetup starts PostgreSQL');
  return url;
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `ys_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  const url = withDatabase(testServerUrl(), name);
  const dataSource = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each', extra: { max: 4 } });
  await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations();
  return {
    url,
    name,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
