import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { DemoSeeder, type DemoContext } from '../demo/demo.seeder';
import { ColumnMappingsService } from './column-mappings.service';
import { IngestionService } from './ingestion.service';

/** The PwC call-centre records the CLI demo scores; the api's own copy (the service reads nothing outside the repository). */
export const DEMO_RECORDS_FILE = 'apps/api/demo/call_centre_clean.csv';
export const DEMO_SOURCE = 'pwc-call-centre';

/** How the CSV's columns feed record fields (the CLI demo passes the same as --map; see apps/cli/demo/README.md). */
export const PWC_MAPPING: Readonly<Record<string, string>> = {
  external_id: 'call_id',
  occurred_at: 'datetime',
  wait_seconds: 'speed_of_answer_s',
  talk_seconds: 'talk_duration_s',
  rating: 'satisfaction_rating',
};

/** Saves the PwC column mapping and loads the 5,000 records through the ingestion endpoint's own path. */
@Injectable()
export class RecordsDemoStep {
  constructor(seeder: DemoSeeder, private readonly ingestion: IngestionService, private readonly mappings: ColumnMappingsService) {
    seeder.register({ name: 'call-centre records', order: 200, run: (context) => this.run(context) });
  }

  private async run({ admin, repoRoot, log }: DemoContext): Promise<void> {
    await this.mappings.create(admin, { name: DEMO_SOURCE, format: 'csv', mapping: { ...PWC_MAPPING } });
    const report = await this.ingestion.ingestBody(admin, createReadStream(join(repoRoot, DEMO_RECORDS_FILE)),
      { contentType: 'text/csv' }, { source: DEMO_SOURCE, mapping: DEMO_SOURCE });
    if (report.rejected > 0) {
      const first = report.rejections[0];
      throw new Error(`${report.rejected} demo records were rejected, the first at line ${first.line}: ${first.field ?? ''} ${first.reason}`);
    }
    log(`demo: ${report.inserted} call-centre records from ${DEMO_RECORDS_FILE} (source ${DEMO_SOURCE}, mapping ${DEMO_SOURCE})`);
  }
}
