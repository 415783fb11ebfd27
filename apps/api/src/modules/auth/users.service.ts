import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { API_SCOPES, ROLES, type Caller } from '../../common/caller';
import { NotFoundException } from '../../common/domain.exception';
import { parseInput } from '../../common/validation';
import { assertCan } from './access.policy';
import type { ApiKeyEntity, UserEntity } from './auth.entities';
import { AuthErrorCode, AuthException } from './auth.exception';
import { hashPassword, newApiKey, sha256 } from './auth.crypto';
import { AuthRepository } from './auth.repository';

const NewUserSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'required').max(64)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'letters, digits, dot, dash or underscore, starting with a letter or digit'),
  displayName: z.string().trim().min(1, 'required').max(200),
  password: z.string().min(8, 'at least 8 characters').max(200),
  role: z.enum(ROLES),
  agentId: z.number().int().positive().nullable().optional(),
  teamIds: z.array(z.number().int().positive()).max(1000).default([]),
}).superRefine((user, ctx) => {
  if (user.role === 'agent' && !user.agentId) ctx.addIssue({ code: 'custom', path: ['agentId'], message: 'an agent login must name its agent' });
  if (user.role !== 'agent' && user.agentId) ctx.addIssue({ code: 'custom', path: ['agentId'], message: 'only agent logins belong to an agent' });
  if (user.role !== 'supervisor' && user.teamIds.length > 0) ctx.addIssue({ code: 'custom', path: ['teamIds'], message: 'only supervisors have teams' });
});
export type NewUser = z.input<typeof NewUserSchema>;

const NewApiKeySchema = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  scopes: z.array(z.enum(API_SCOPES)).min(1, 'give at least one scope: ingest, read').transform((scopes) => [...new Set(scopes)].sort()),
});

export interface CreatedApiKey {
  /** shown once: only its hash is stored */
  key: string;
  apiKey: ApiKeyEntity;
}

/** Users and integrator API keys. Admin only, except the first user, which bootstraps an empty system. */
@Injectable()
export class UsersService {
  constructor(private readonly repository: AuthRepository) {}

  async createUser(caller: Caller, input: NewUser): Promise<UserEntity> {
    assertCan(caller, 'users:manage');
    return this.insertUser(input);
  }

  /** No access check: for the demo seed and test fixtures, which create the first admin. */
  async insertUser(input: NewUser): Promise<UserEntity> {
    const user = parseInput(NewUserSchema, input);
    if (await this.repository.findUserByUsername(user.username)) {
      throw new AuthException(AuthErrorCode.UsernameTaken, `the username ${user.username} is taken`, { field: 'username' });
    }
    if (user.agentId && !(await this.repository.agentExists(user.agentId))) throw new NotFoundException('agent', user.agentId);
    const known = await this.repository.existingTeamIds(user.teamIds);
    const missing = user.teamIds.find((id) => !known.includes(id));
    if (missing !== undefined) throw new NotFoundException('team', missing);
    const passwordHash = await hashPassword(user.password);
    return this.repository.transaction(async (manager) => {
      const saved = await this.repository.insertUser(manager, {
        username: user.username, displayName: user.displayName, passwordHash, role: user.role, agentId: user.agentId ?? null,
      });
      await this.repository.setUserTeams(manager, saved.id, user.teamIds);
      const { passwordHash: _secret, ...plain } = saved as UserEntity & { passwordHash?: string };
      return plain as UserEntity;
    });
  }

  async createApiKey(caller: Caller, input: { name: string; scopes: string[] }): Promise<CreatedApiKey> {
    assertCan(caller, 'users:manage');
    return this.insertApiKey(input, caller.kind === 'user' ? caller.userId : null);
  }

  /** No access check: for the demo seed and test fixtures. `key` fixes the secret (the demo's published key). */
  async insertApiKey(input: { name: string; scopes: string[] }, createdBy: number | null, key = newApiKey()): Promise<CreatedApiKey> {
    const parsed = parseInput(NewApiKeySchema, input);
    const apiKey = await this.repository.insertApiKey({
      name: parsed.name, scopes: parsed.scopes, createdBy, keyHash: sha256(key), keyPrefix: key.slice(0, 8),
    });
    return { key, apiKey };
  }

  async revokeApiKey(caller: Caller, id: number): Promise<boolean> {
    assertCan(caller, 'users:manage');
    if (!(await this.repository.revokeApiKey(id, new Date()))) throw new NotFoundException('live API key', id);
    return true;
  }

  async listApiKeys(caller: Caller): Promise<ApiKeyEntity[]> {
    assertCan(caller, 'users:manage');
    return this.repository.listApiKeys();
  }
}
