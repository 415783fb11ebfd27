import type { Type } from '@nestjs/common';
import { AgentsModule } from './agents/agents.module';
import { FieldsModule } from './fields/fields.module';
import { GroupsModule } from './groups/groups.module';
import { OrganisationModule } from './organisation/organisation.module';
import { ProfilesModule } from './profiles/profiles.module';
import { ScorecardsModule } from './scorecards/scorecards.module';
import { TeamsModule } from './teams/teams.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { ScoringModule } from './scoring/scoring.module';
import { ConsoleModule } from './console/console.module';

/**
 * The bounded contexts the app is made of, besides the infrastructure wired in app.module.ts (config, database,
 * GraphQL, auth, demo seed). A new context adds its module here: one line, nothing else to touch.
 */
export const FEATURE_MODULES: Type[] = [
  OrganisationModule,
  GroupsModule,
  TeamsModule,
  AgentsModule,
  FieldsModule,
  IngestionModule,
  ScorecardsModule,
  ProfilesModule,
  ScoringModule,
  ConsoleModule,
];
