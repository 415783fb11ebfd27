import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';
import { CONSOLE_DIST, consoleIsBuilt, wantsConsolePage } from './console-files';

/**
 * Serves the built console (apps/admin/dist) at `/`, beside GraphQL at `/graphql`: static files, and index.html
 * for any other page address (the console's router decides). Plain express middleware, so the auth guard (which
 * protects resolvers and controllers) does not apply: the files are public, the data behind them is not.
 * Without a build it does nothing and says how to make one.
 */
@Module({})
export class ConsoleModule implements OnModuleInit {
  private readonly logger = new Logger('Console');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    if (!consoleIsBuilt()) {
      this.logger.warn(`no console build in ${CONSOLE_DIST}: run \`npm run build -w @yardstick/admin\` (npm start does) to serve it at /`);
      return;
    }
    const app = this.adapterHost.httpAdapter.getInstance<express.Express>();
    // Hashed assets never change; index.html must always be fresh so a new build is picked up at once.
    app.use(express.static(CONSOLE_DIST, {
      index: false,
      setHeaders: (response, path) => response.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }));
    const index = join(CONSOLE_DIST, 'index.html');
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (!wantsConsolePage(request.method, request.path)) return next();
      response.setHeader('cache-control', 'no-cache');
      response.sendFile(index, (error) => error && next(error));
    });
    this.logger.log(`serving the console from ${CONSOLE_DIST} at /`);
  }
}
