import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../../apps/api/src/app.module';
import { loadConfig } from '../../../apps/api/src/config/app.config';
import type { TestDatabase } from './database';

/** The real AppModule on a test database, initialised (migrations run) but not listening: for service-level tests. */
export async function bootApp(db: TestDatabase, env: Record<string, string> = {}): Promise<INestApplication> {
  const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', DATABASE_URL: db.url, ...env });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  await app.init();
  return app;
}
