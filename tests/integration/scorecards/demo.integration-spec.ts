import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../apps/api/src/app.module';
import { loadConfig } from '../../../apps/api/src/config/app.config';
import { REPO_ROOT } from '../../../apps/api/src/config/paths';
import { DemoSeeder } from '../../../apps/api/src/modules/demo/demo.seeder';
import { ProfilesService } from '../../../apps/api/src/modules/profiles/profiles.service';
import { DEMO_EFFECTIVE_FROM, DEMO_SCORECARD_FILE } from '../../../apps/api/src/modules/scorecards/scorecards.demo-step';
import { ScorecardsService } from '../../../apps/api/src/modules/scorecards/scorecards.service';
import { createTestDatabase } from '../support/database';

// The demo seed publishes the demo scorecard so the console shows the scheduled "双11大促" switch in March 2021.

// booting the app and seeding the demo take seconds on a busy machine: more than jest's default 5 s
jest.setTimeout(120_000);

describe('demo scorecard', () => {
  it('is published effective 2021-01-01 with 日常运营 by default and 双11大促 on 2021-03-08..14', async () => {
    const db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'auto', DATABASE_URL: db.url });
    const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
    try {
      await app.init();
      await expect(app.get(DemoSeeder).seedIfEmpty()).resolves.toBe(true);
      const stored = (await app.get(ScorecardsService).versionInForce('frontline', '2021-03-31'))!;
      expect(stored.version).toMatchObject({ version: 1, status: 'published', effectiveFrom: DEMO_EFFECTIVE_FROM });
      expect(stored.version.source).toBe(readFileSync(join(REPO_ROOT, DEMO_SCORECARD_FILE), 'utf8'));
      expect(stored.scorecard.label).toBe('一线客服');
      const march = await app.get(ProfilesService).decisions('frontline', { from: '2021-03-01', to: '2021-03-31' });
      expect(march.stretches.map((s) => `${s.from.slice(0, 10)} ${s.label} ${s.source}`)).toEqual([
        '2021-03-01 日常运营 default', '2021-03-08 双11大促 schedule', '2021-03-15 日常运营 default',
      ]);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});
