import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Papa from 'papaparse';
import { AgentsService } from '../agents/agents.service';
import { UsersService } from '../auth/users.service';
import { GroupsService } from '../groups/groups.service';
import { OrganisationService } from '../organisation/organisation.service';
import { TeamsService } from '../teams/teams.service';
import { DEMO_API_KEY, DEMO_LOGINS } from './demo.credentials';
import { DemoSeeder, type DemoContext } from './demo.seeder';

/** The roster the CLI demo scores (apps/cli/demo/agents.csv): the service demo uses the very same agents. */
export const DEMO_AGENTS_FILE = 'apps/cli/demo/agents.csv';

interface RosterRow {
  agent: string;
  name: string;
  team: string;
  hired_on: string;
  base_bonus: string;
}

/**
 * Organisation, one site group, the teams and agents of the CLI demo roster, the demo logins and the integrator key.
 * The zone stays UTC: the bundled call-centre records carry no offset, and UTC wall-clock time keeps the service's
 * periods identical to the CLI's.
 */
@Injectable()
export class OrganisationDemoStep {
  constructor(
    seeder: DemoSeeder,
    private readonly organisation: OrganisationService,
    private readonly groups: GroupsService,
    private readonly teams: TeamsService,
    private readonly agents: AgentsService,
    private readonly users: UsersService, // 6 injections: one per kind of thing the demo organisation contains
  ) {
    seeder.register({ name: 'organisation, teams, agents and logins', order: 100, run: (context) => this.run(context) });
  }

  private async run({ admin, repoRoot }: DemoContext): Promise<void> {
    await this.organisation.update(admin, { name: 'Yardstick demo call centre', timeZone: 'UTC' });
    const group = await this.groups.create(admin, { name: 'Demo call centre', kind: 'site', attributes: { city: 'Shenzhen' } });
    const roster = Papa.parse<RosterRow>(readFileSync(join(repoRoot, DEMO_AGENTS_FILE), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const teamIds = new Map<string, number>();
    for (const name of [...new Set(roster.map((row) => row.team))]) {
      teamIds.set(name, (await this.teams.create(admin, { name, groupId: group.id })).id);
    }
    const agentIds = new Map<string, number>();
    for (const row of roster) {
      const agent = await this.agents.create(admin, {
        externalId: row.agent, name: row.name, teamId: teamIds.get(row.team) ?? null, hiredOn: row.hired_on, baseBonus: row.base_bonus,
      });
      agentIds.set(agent.externalId, agent.id);
    }
    for (const login of DEMO_LOGINS.filter((candidate) => candidate.role !== 'admin')) {
      await this.users.createUser(admin, {
        ...login,
        teamIds: login.role === 'supervisor' ? [teamIds.get('North') as number] : [],
        agentId: login.role === 'agent' ? agentIds.get('Becky') : null,
      });
    }
    await this.users.insertApiKey({ name: 'demo integrator', scopes: ['ingest', 'read'] },
      admin.kind === 'user' ? admin.userId : null, DEMO_API_KEY);
  }
}
