import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyEntity, SessionEntity, UserEntity, UserTeamEntity } from './auth.entities';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Logins, sessions, API keys and the global guard. The access policy is plain functions (access.policy.ts). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserTeamEntity, SessionEntity, ApiKeyEntity])],
  providers: [AuthRepository, AuthService, UsersService, AuthResolver, UsersResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, UsersService],
})
export class AuthModule {}
