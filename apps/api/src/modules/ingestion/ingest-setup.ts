import { Injectable } from '@nestjs/common';
import { AgentsService } from '../agents/agents.service';
import { FieldsService } from '../fields/fields.service';
import { OrganisationService } from '../organisation/organisation.service';
import { IngestionRepository } from './ingestion.repository';
import { RecordDirectory } from './record-directory';
import { recordPlan, type RecordPlan } from './record-plan';

/** What one ingest needs to know about the organisation before reading a record. */
export interface IngestSetupResult {
  readonly plan: RecordPlan;
  readonly zone: string;
  readonly directory: RecordDirectory;
  /** names of the defined custom fields */
  readonly customFields: ReadonlySet<string>;
}

/** Reads the organisation's zone and custom fields and prepares agent and team look-ups for one ingest. */
@Injectable()
export class IngestSetup {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly fields: FieldsService,
    private readonly agents: AgentsService,
    private readonly repository: IngestionRepository,
  ) {}

  async prepare(maps: ReadonlyMap<string, string>): Promise<IngestSetupResult> {
    const [zone, definitions] = await Promise.all([this.organisation.timeZone(), this.fields.definitions()]);
    const plan = recordPlan(definitions, maps, zone);
    const directory = new RecordDirectory({
      agents: (externalIds) => this.agents.resolveExternalIds(externalIds),
      teams: (names) => this.repository.teamsByName(names),
    });
    return { plan, zone, directory, customFields: new Set(plan.custom.map((field) => field.name)) };
  }
}
