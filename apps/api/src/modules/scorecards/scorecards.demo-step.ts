import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { DemoSeeder, type DemoContext } from '../demo/demo.seeder';
import { ScorecardAuthoringService } from './scorecard-authoring.service';

/** The demo scorecard: a default "日常运营" profile and a "双11大促" one scheduled on 2021-03-08..2021-03-14. */
export const DEMO_SCORECARD_FILE = 'apps/api/demo/frontline.kpi';
/** The demo records start in January 2021: the first version governs all of them. */
export const DEMO_EFFECTIVE_FROM = '2021-01-01';

/** Creates and publishes the demo scorecard through the ordinary service, as the demo admin. */
@Injectable()
export class ScorecardsDemoStep {
  constructor(seeder: DemoSeeder, private readonly authoring: ScorecardAuthoringService) {
    seeder.register({ name: 'scorecard frontline', order: 300, run: (context) => this.run(context) });
  }

  private async run({ admin, repoRoot, log }: DemoContext): Promise<void> {
    const source = readFileSync(join(repoRoot, DEMO_SCORECARD_FILE), 'utf8');
    const { scorecard } = await this.authoring.create(admin, source);
    const version = await this.authoring.publish(admin, scorecard.key, DEMO_EFFECTIVE_FROM);
    log(`demo: scorecard ${scorecard.key} version ${version.version} published, effective ${DEMO_EFFECTIVE_FROM}`);
  }
}
