import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../apps/api/src/app.module';
import type { Caller } from '../../../apps/api/src/common/caller';
import { loadConfig } from '../../../apps/api/src/config/app.config';
import { AuthService } from '../../../apps/api/src/modules/auth/auth.service';
import { UsersService } from '../../../apps/api/src/modules/auth/users.service';
import { OrganisationService } from '../../../apps/api/src/modules/organisation/organisation.service';
import { ProfilesService } from '../../../apps/api/src/modules/profiles/profiles.service';
import { ScorecardAuthoringService } from '../../../apps/api/src/modules/scorecards/scorecard-authoring.service';
import { ScorecardsService } from '../../../apps/api/src/modules/scorecards/scorecards.service';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The real services over a real PostgreSQL database of this file's own (no HTTP: the e2e suites cover that).

export interface ScorecardServices {
  app: INestApplication;
  db: TestDatabase;
  admin: Caller;
  scorecards: ScorecardsService;
  authoring: ScorecardAuthoringService;
  profiles: ProfilesService;
  organisation: OrganisationService;
  close(): Promise<void>;
}

export async function startScorecardServices(): Promise<ScorecardServices> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', DATABASE_URL: db.url });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  await app.init();
  const user = await app.get(UsersService).insertUser({
    username: 'scorecard.admin', displayName: 'Scorecard Admin', password: 'admin-password', role: 'admin',
  });
  return {
    app, db,
    admin: await app.get(AuthService).callerOf(user),
    scorecards: app.get(ScorecardsService),
    authoring: app.get(ScorecardAuthoringService),
    profiles: app.get(ProfilesService),
    organisation: app.get(OrganisationService),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** A small valid scorecard; `weights` of its default profile let two versions differ visibly. */
export function scorecardSource(key: string, options: { label?: string; normal?: string; extra?: string } = {}): string {
  return `scorecard ${key} "${options.label ?? 'Frontline'}" {
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi volume_score "Volume" = min(handled, 100)
  kpi csat_score "CSAT" = csat * 100
  profile normal "日常运营" default { ${options.normal ?? 'volume_score: 50%, csat_score: 50%'} }
  profile double11 "双11大促" active 2021-03-08..2021-03-14 { csat_score: 100% }
${options.extra ?? ''}}
`;
}

/** The highlighted text of each diagnostic, as the conventions ask tests to assert. */
export function marks(
  source: string, diagnostics: readonly { code: string; span: { start: { offset: number }; end: { offset: number } } }[],
): { code: string; at: string }[] {
  return diagnostics.map((d) => ({ code: d.code, at: source.slice(d.span.start.offset, d.span.end.offset) }));
}

/** Runs `work` and returns the DomainException-like error it threw (fails when it did not throw). */
export async function failure(work: Promise<unknown>): Promise<{ code: string; message: string; details: Record<string, unknown> }> {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}
