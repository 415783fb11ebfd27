import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../apps/api/src/app.module';
import { loadConfig } from '../../../apps/api/src/config/app.config';
import { DemoSeeder } from '../../../apps/api/src/modules/demo/demo.seeder';
import { createTestDatabase, type TestDatabase } from '../../integration/support/database';
import type { GqlResult, LooseData } from '../../e2e/api/support/app';

// The real service for one browser test file: its own database, the demo organisation loaded through the real
// seed (so the demo logins of docs/service.md work), real HTTP on a free port, serving the built console at `/`.

export interface BrowserApp {
  app: INestApplication;
  db: TestDatabase;
  /** e.g. http://127.0.0.1:40123 (the console is at `${url}/`) */
  url: string;
  /** GraphQL as a logged-in demo user, to set up or check data beside the browser */
  gql<T = LooseData>(query: string, variables?: Record<string, unknown>, as?: DemoUser): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export type DemoUser = 'admin' | 'supervisor' | 'becky' | 'hr' | 'auditor';

/** The demo logins (apps/api/src/modules/demo/demo.credentials.ts, published in docs/service.md). */
export const DEMO_PASSWORDS: Record<DemoUser, string> = {
  admin: 'demo-admin', supervisor: 'demo-supervisor', becky: 'demo-agent', hr: 'demo-hr-pass', auditor: 'demo-auditor',
};

export async function startBrowserApp(): Promise<BrowserApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'auto', DATABASE_URL: db.url });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  try {
    await app.init();
    await app.get(DemoSeeder).seedIfEmpty();
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close().catch(() => undefined);
    await db.drop().catch(() => undefined);
    throw error;
  }
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const tokens = new Map<DemoUser, string>();

  const post = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { ...((await response.json()) as GqlResult<T>), status: response.status };
  };
  const tokenOf = async (user: DemoUser): Promise<string> => {
    const known = tokens.get(user);
    if (known) return known;
    const result = await post<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: user, p: DEMO_PASSWORDS[user] });
    const token = result.data?.login.token;
    if (!token) throw new Error(`demo login ${user} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(user, token);
    return token;
  };

  return {
    app, db, url,
    gql: async (query, variables = {}, as = 'admin') => post(query, variables, await tokenOf(as)),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
