import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LogLevel } from '@nestjs/common';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app.config';

/** GraphQL batches of ingestInteractions (up to 1,000 records) exceed Express's 100 kB default. */
const JSON_BODY_LIMIT = '4mb';

/** The one way the service's HTTP application is created, by `main.ts` and by the tests alike. */
export async function createHttpApp(config: AppConfig, logger: LogLevel[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger });
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // Express hashes every response body for an ETag; GraphQL answers are POSTs that no client revalidates, and a
  // page of scores is tens of kB hashed per request for nothing
  app.set('etag', false);
  return app;
}
