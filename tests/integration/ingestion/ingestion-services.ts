import { Readable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import type { Caller } from '../../../apps/api/src/common/caller';
import { AgentsService } from '../../../apps/api/src/modules/agents/agents.service';
import { AuthService } from '../../../apps/api/src/modules/auth/auth.service';
import { UsersService } from '../../../apps/api/src/modules/auth/users.service';
import { FieldsService } from '../../../apps/api/src/modules/fields/fields.service';
import { ColumnMappingsService } from '../../../apps/api/src/modules/ingestion/column-mappings.service';
import type { IngestReport } from '../../../apps/api/src/modules/ingestion/ingest-report';
import { IngestionEvents } from '../../../apps/api/src/modules/ingestion/ingestion.events';
import { IngestionService } from '../../../apps/api/src/modules/ingestion/ingestion.service';
import { OrganisationService } from '../../../apps/api/src/modules/organisation/organisation.service';
import { TeamsService } from '../../../apps/api/src/modules/teams/teams.service';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { bootApp } from '../support/nest';

// The ingestion services over a real PostgreSQL database of the test file's own, with an admin caller, a small
// roster (teams North and South, agents Becky and Dan in North, Jim in South) and helpers to post bodies the way
// the HTTP controller hands them over.

export interface IngestionFixture {
  app: INestApplication;
  db: TestDatabase;
  admin: Caller;
  ingestion: IngestionService;
  mappings: ColumnMappingsService;
  events: IngestionEvents;
  teams: { north: number; south: number };
  agents: { becky: number; dan: number; jim: number };
  /** posts `body` (split into chunks of `chunk` characters) as CSV with the query string given */
  csv(body: string, query?: Record<string, unknown>, chunk?: number): Promise<IngestReport>;
  ndjson(body: string, query?: Record<string, unknown>): Promise<IngestReport>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startIngestion(options: { timeZone?: string } = {}): Promise<IngestionFixture> {
  const db = await createTestDatabase();
  const app = await bootApp(db);
  const user = await app.get(UsersService).insertUser({
    username: 'ingest.admin', displayName: 'Ingest Admin', password: 'admin-password', role: 'admin',
  });
  const admin = await app.get(AuthService).callerOf(user);
  if (options.timeZone) await app.get(OrganisationService).update(admin, { timeZone: options.timeZone });
  const teamsService = app.get(TeamsService);
  const north = (await teamsService.create(admin, { name: 'North' })).id;
  const south = (await teamsService.create(admin, { name: 'South' })).id;
  const agentsService = app.get(AgentsService);
  const agent = async (externalId: string, teamId: number) => (await agentsService.create(admin, { externalId, name: externalId, teamId })).id;
  const agents = { becky: await agent('Becky', north), dan: await agent('Dan', north), jim: await agent('Jim', south) };
  const ingestion = app.get(IngestionService);
  return {
    app, db, admin, ingestion,
    mappings: app.get(ColumnMappingsService),
    events: app.get(IngestionEvents),
    teams: { north, south },
    agents,
    csv: (body, query = {}, chunk = 64 * 1024) => ingestion.ingestBody(admin, chunked(body, chunk), { contentType: 'text/csv' }, query),
    ndjson: (body, query = {}) => ingestion.ingestBody(admin, chunked(body, 4096), { contentType: 'application/x-ndjson' }, query),
    query: (sql, params) => db.dataSource.query(sql, params),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** A request-like byte stream delivering `text` in pieces (UTF-8 characters may be split across pieces). */
export function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return Readable.from(pieces);
}

/** Creates a custom record field through the fields service. */
export async function defineField(fixture: IngestionFixture, name: string, type: string): Promise<void> {
  await fixture.app.get(FieldsService).create(fixture.admin, { name, type });
}

export const HEADER = 'external_id,agent,occurred_at,channel,answered,wait_seconds,rating';

/** CSV text from a header and rows. */
export function csvOf(rows: readonly string[], header = HEADER): string {
  return `${[header, ...rows].join('\n')}\n`;
}
