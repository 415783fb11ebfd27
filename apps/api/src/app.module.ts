import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { CallerRequest } from './common/request-context';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import type { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { databaseOptions } from './database/database.options';
import { AuthModule } from './modules/auth/auth.module';
import { DemoModule } from './modules/demo/demo.module';
import { FEATURE_MODULES } from './modules/feature-modules';

/** The whole service for one configuration; main.ts and the e2e tests boot it the same way. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const url = config.database.url;
    if (!url) throw new Error('AppModule.forRoot needs config.database.url (main.ts starts an embedded PostgreSQL when unset)');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...databaseOptions(url), autoLoadEntities: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: config.server.playground,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          // no @cacheControl hints are used: without this plugin Apollo walks every resolved field to compute a cache policy
          // (@nestjs/apollo's types see @apollo/server's ESM declarations, this file its CommonJS ones: same objects)
          plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginUsageReportingDisabled()] as unknown as ApolloDriverConfig['plugins'],
          context: ({ req }: { req: CallerRequest }) => ({ req }),
        }),
        AuthModule,
        DemoModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
    };
  }
}
