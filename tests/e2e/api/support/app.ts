import { createHttpApp } from '../../../../apps/api/src/app.factory';
import type { INestApplication } from '@nestjs/common';
import type { Caller, Role } from '../../../../apps/api/src/common/caller';
import { loadConfig } from '../../../../apps/api/src/config/app.config';
import type { AgentEntity } from '../../../../apps/api/src/modules/agents/agent.entity';
import { AgentsService, type AgentFieldsInput } from '../../../../apps/api/src/modules/agents/agents.service';
import type { UserEntity } from '../../../../apps/api/src/modules/auth/auth.entities';
import { AuthService } from '../../../../apps/api/src/modules/auth/auth.service';
import { UsersService } from '../../../../apps/api/src/modules/auth/users.service';
import type { TeamEntity } from '../../../../apps/api/src/modules/teams/team.entity';
import { TeamsService, type TeamFieldsInput } from '../../../../apps/api/src/modules/teams/teams.service';
import { createTestDatabase, type TestDatabase } from '../../../integration/support/database';

// The real service (AppModule, real PostgreSQL database of its own, real HTTP on a free port) for one test file,
// with a GraphQL client and fixture builders that go through the real services. Nothing is mocked.
//
//   const app = await startTestApp();            // in beforeAll
//   const lead = await app.createUser('supervisor', { teams: [north] });
//   const { data, errors } = await app.gql('{ allAgents { id } }', {}, lead);
//   await app.close();                            // in afterAll

/** Response data as tests read it: shape checked by assertions, not by the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseData = Record<string, any>;

export interface GqlResult<T = LooseData> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  /** HTTP status of the response */
  status: number;
}

/** Credentials for a request: a session token, an API key, or a fixture user/integration carrying one. */
export type Auth = { token: string } | { apiKey: string } | undefined;

export interface TestUser {
  user: UserEntity;
  caller: Caller;
  token: string;
  password: string;
}

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  /** base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  /** the admin every fixture builder acts as (created at start) */
  admin: TestUser;
  gql<T = LooseData>(query: string, variables?: Record<string, unknown>, auth?: Auth): Promise<GqlResult<T>>;
  /** POST /graphql with arbitrary headers (for header-level auth tests) */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: GqlResult }>;
  login(username: string, password: string): Promise<string>;
  createUser(role: Role, options?: { teams?: (TeamEntity | number)[]; agent?: AgentEntity | number; username?: string }): Promise<TestUser>;
  createTeam(fields?: TeamFieldsInput): Promise<TeamEntity>;
  createAgent(fields?: AgentFieldsInput & { team?: TeamEntity | null }): Promise<AgentEntity>;
  createApiKey(scopes: ('ingest' | 'read')[]): Promise<{ apiKey: string }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** extra environment for loadConfig (e.g. LOGIN_MAX_FAILURES) */
  env?: Record<string, string>;
}

let sequence = 0;
/** Unique names across files running in parallel (each file has its own database, but names read better unique). */
export function uniqueName(prefix: string): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', DATABASE_URL: db.url, ...options.env });
  const app = await createHttpApp(config, ['error']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const users = app.get(UsersService);
  const auth = app.get(AuthService);

  const post: TestApp['post'] = async (body, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
    });
    return { status: response.status, body: { ...((await response.json()) as GqlResult), status: response.status } };
  };
  const gql: TestApp['gql'] = async (query, variables = {}, credentials) => {
    const headers: Record<string, string> = {};
    if (credentials && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
    if (credentials && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
    return (await post({ query, variables }, headers)).body as GqlResult<never>;
  };
  const login = async (username: string, password: string): Promise<string> => {
    const result = await gql<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
    if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  const makeUser = async (entity: UserEntity, password: string): Promise<TestUser> => ({
    user: entity, caller: await auth.callerOf(entity), token: await login(entity.username, password), password,
  });

  const adminPassword = 'admin-password';
  const admin = await makeUser(await users.insertUser({
    username: uniqueName('admin'), displayName: 'Test Admin', password: adminPassword, role: 'admin',
  }), adminPassword);

  return {
    app, db, url, admin, gql, post, login,
    async createUser(role, userOptions = {}) {
      const password = `${role}-password`;
      const agent = userOptions.agent;
      const entity = await users.createUser(admin.caller, {
        username: userOptions.username ?? uniqueName(role), displayName: `Test ${role}`, password, role,
        agentId: agent === undefined ? null : typeof agent === 'number' ? agent : agent.id,
        teamIds: (userOptions.teams ?? []).map((team) => (typeof team === 'number' ? team : team.id)),
      });
      return makeUser(entity, password);
    },
    createTeam: (fields = {}) => app.get(TeamsService).create(admin.caller, { name: uniqueName('team'), ...fields }),
    createAgent: ({ team, ...fields } = {}) => app.get(AgentsService).create(admin.caller, {
      externalId: uniqueName('agent'), name: 'Test Agent', teamId: team ? team.id : null, ...fields,
    }),
    async createApiKey(scopes) {
      const created = await users.createApiKey(admin.caller, { name: uniqueName('key'), scopes });
      return { apiKey: created.key };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The `extensions.code` of each error, for compact assertions. */
export function errorCodes(result: GqlResult): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
