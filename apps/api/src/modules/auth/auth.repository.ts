import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan, type EntityManager } from 'typeorm';
import { prepared, preparedRows } from '../../database/prepared-query';
import { ApiKeyEntity, SessionEntity, UserEntity, UserTeamEntity } from './auth.entities';

/** A user with the password hash (only login needs it) and what the access policy needs. */
export interface UserWithSecret extends UserEntity {
  passwordHash: string;
}

/** What a request's caller is made of: the live session's user and the teams the access policy reads. */
export interface SessionUser {
  readonly id: number;
  readonly username: string;
  readonly role: string;
  readonly agentId: number | null;
  /** supervisor: the teams supervised; agent: the agent's current team; others: none (as `teamIdsOf`) */
  readonly teamIds: number[];
}

/** A live API key: what a request needs of it. */
export interface LiveApiKey {
  readonly id: number;
  readonly name: string;
  readonly scopes: string[];
  readonly lastUsedAt: Date | null;
}

// one statement per request each (they run on every authenticated call)
const SESSION_USER = prepared('auth_session_user', `SELECT u.id, u.username, u.role, u.agent_id AS "agentId",
    CASE u.role
      WHEN 'supervisor' THEN ARRAY(SELECT ut.team_id FROM user_teams ut WHERE ut.user_id = u.id ORDER BY ut.team_id)
      WHEN 'agent' THEN ARRAY(SELECT a.team_id FROM agents a WHERE a.id = u.agent_id AND a.team_id IS NOT NULL)
      ELSE '{}'::integer[] END AS "teamIds"
   FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`);
const LIVE_API_KEY = prepared('auth_live_api_key', `SELECT id, name, scopes, last_used_at AS "lastUsedAt"
   FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`);

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findUserForLogin(username: string): Promise<UserWithSecret | null> {
    return this.db.getRepository(UserEntity).createQueryBuilder('u')
      .addSelect('u.passwordHash').where('u.username = :username', { username }).getOne() as Promise<UserWithSecret | null>;
  }

  async anyUserExists(): Promise<boolean> {
    const rows: { found: boolean }[] = await this.db.query('SELECT EXISTS (SELECT 1 FROM users) AS found');
    return rows[0].found;
  }

  findUser(id: number): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  findUserByUsername(username: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ username });
  }

  /** The user behind a live session with their teams, in one statement; null when unknown, expired or disabled. */
  async sessionUser(tokenHash: string, now: Date): Promise<SessionUser | null> {
    const rows = await preparedRows<SessionUser>(this.db, SESSION_USER, [tokenHash, now]);
    return rows[0] ?? null;
  }

  /** Supervisor: supervised teams. Agent: the agent's current team. */
  async teamIdsOf(user: UserEntity): Promise<number[]> {
    if (user.role === 'supervisor') {
      const rows = await this.db.getRepository(UserTeamEntity).findBy({ userId: user.id });
      return rows.map((row) => row.teamId).sort((a, b) => a - b);
    }
    if (user.role === 'agent' && user.agentId !== null) {
      const rows: { team_id: number | null }[] = await this.db.query('SELECT team_id FROM agents WHERE id = $1', [user.agentId]);
      return rows[0]?.team_id ? [rows[0].team_id] : [];
    }
    return [];
  }

  async insertSession(tokenHash: string, userId: number, expiresAt: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).insert({ tokenHash, userId, expiresAt });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ tokenHash });
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ expiresAt: LessThan(now) });
  }

  async findLiveApiKey(keyHash: string): Promise<LiveApiKey | null> {
    return (await preparedRows<LiveApiKey>(this.db, LIVE_API_KEY, [keyHash]))[0] ?? null;
  }

  async touchApiKey(id: number, now: Date): Promise<void> {
    await this.db.getRepository(ApiKeyEntity).update({ id }, { lastUsedAt: now });
  }

  insertUser(manager: EntityManager, user: Partial<UserWithSecret>): Promise<UserEntity> {
    return manager.getRepository(UserEntity).save(manager.getRepository(UserEntity).create(user));
  }

  async setUserTeams(manager: EntityManager, userId: number, teamIds: readonly number[]): Promise<void> {
    await manager.getRepository(UserTeamEntity).delete({ userId });
    if (teamIds.length > 0) await manager.getRepository(UserTeamEntity).insert(teamIds.map((teamId) => ({ userId, teamId })));
  }

  async existingTeamIds(teamIds: readonly number[]): Promise<number[]> {
    if (teamIds.length === 0) return [];
    const rows: { id: number }[] = await this.db.query('SELECT id FROM teams WHERE id = ANY($1::int[])', [teamIds]);
    return rows.map((row) => row.id);
  }

  async agentExists(agentId: number): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM agents WHERE id = $1', [agentId]);
    return rows.length > 0;
  }

  insertApiKey(key: Partial<ApiKeyEntity> & { keyHash: string }): Promise<ApiKeyEntity> {
    const repository = this.db.getRepository(ApiKeyEntity);
    return repository.save(repository.create(key));
  }

  async revokeApiKey(id: number, now: Date): Promise<boolean> {
    const result = await this.db.getRepository(ApiKeyEntity).update({ id, revokedAt: IsNull() }, { revokedAt: now });
    return (result.affected ?? 0) > 0;
  }

  listApiKeys(): Promise<ApiKeyEntity[]> {
    return this.db.getRepository(ApiKeyEntity).find({ order: { id: 'ASC' } });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
