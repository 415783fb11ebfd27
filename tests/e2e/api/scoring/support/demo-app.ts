import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../../../apps/api/src/app.module';
import { loadConfig } from '../../../../../apps/api/src/config/app.config';
import { DEMO_LOGINS } from '../../../../../apps/api/src/modules/demo/demo.credentials';
import { DemoSeeder } from '../../../../../apps/api/src/modules/demo/demo.seeder';
import { createTestDatabase, type TestDatabase } from '../../../../integration/support/database';
import type { GqlResult, LooseData } from '../../support/app';

// The real service on a database of the test file's own, filled by the demo seed exactly as `npm start` fills an
// empty database (organisation, roster, logins, the PwC records, the published frontline scorecard), listening on
// a free port. Requests log in as the demo users.

export interface DemoApp {
  app: INestApplication;
  db: TestDatabase;
  url: string;
  /** session tokens of the demo logins by username (admin, supervisor, becky, hr, auditor) */
  tokens: Record<string, string>;
  gql<T = LooseData>(query: string, variables?: Record<string, unknown>, auth?: { token: string } | { apiKey: string }): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export async function startDemoApp(): Promise<DemoApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', DATABASE_URL: db.url });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  if (!(await app.get(DemoSeeder).seedIfEmpty())) throw new Error('the demo seed did not run on a fresh database');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const gql: DemoApp['gql'] = async (query, variables = {}, auth) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth && 'token' in auth) headers.authorization = `Bearer ${auth.token}`;
    if (auth && 'apiKey' in auth) headers['x-api-key'] = auth.apiKey;
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { ...((await response.json()) as GqlResult<never>), status: response.status };
  };
  const tokens: Record<string, string> = {};
  for (const login of DEMO_LOGINS) {
    const result = await gql<{ login: { token: string } }>('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: login.username, p: login.password });
    if (!result.data?.login) throw new Error(`demo login ${login.username} failed: ${JSON.stringify(result.errors)}`);
    tokens[login.username] = result.data.login.token;
  }
  return {
    app, db, url, tokens, gql,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
