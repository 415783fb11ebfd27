import { Global, Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { GroupsModule } from '../groups/groups.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { TeamsModule } from '../teams/teams.module';
import { DemoRepository } from './demo.repository';
import { DemoSeeder } from './demo.seeder';
import { OrganisationDemoStep } from './organisation.demo-step';

/**
 * The demo seed. Global so any context can inject DemoSeeder and `register` its own step (records, scorecards)
 * from a provider of its module; main.ts runs `seedIfEmpty()` once the app is initialised.
 */
@Global()
@Module({
  imports: [OrganisationModule, GroupsModule, TeamsModule, AgentsModule],
  providers: [DemoRepository, DemoSeeder, OrganisationDemoStep],
  exports: [DemoSeeder],
})
export class DemoModule {}
