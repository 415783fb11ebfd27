import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { likePattern } from '../../common/ids';
import type { Paging } from '../../common/list.args';
import type { AgentVisibility } from '../auth/access.policy';
import { AgentEntity } from './agent.entity';

export interface AgentQuery {
  q?: string;
  ids?: number[];
  teamId?: number;
  externalId?: string;
  active?: boolean;
  visibility: AgentVisibility;
}

export const AGENT_SORT = ['id', 'name', 'externalId', 'teamId', 'hiredOn', 'leftOn'] as const;
export type AgentColumns = Pick<AgentEntity, 'externalId' | 'name' | 'teamId' | 'hiredOn' | 'leftOn' | 'baseBonus' | 'attributes'>;

@Injectable()
export class AgentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private filtered(query: AgentQuery) {
    const builder = this.db.getRepository(AgentEntity).createQueryBuilder('a').leftJoinAndSelect('a.team', 't');
    const visibility = query.visibility;
    if (visibility.kind === 'none') builder.andWhere('false');
    if (visibility.kind === 'teams') builder.andWhere('a.team_id = ANY(:visibleTeams)', { visibleTeams: [...visibility.teamIds] });
    if (visibility.kind === 'agent') builder.andWhere('a.id = :visibleAgent', { visibleAgent: visibility.agentId });
    if (query.q) builder.andWhere('(a.name ILIKE :q OR a.external_id ILIKE :q)', { q: likePattern(query.q) });
    if (query.ids) builder.andWhere('a.id = ANY(:ids)', { ids: query.ids });
    if (query.teamId !== undefined) builder.andWhere('a.team_id = :teamId', { teamId: query.teamId });
    if (query.externalId !== undefined) builder.andWhere('a.external_id = :externalId', { externalId: query.externalId });
    if (query.active === true) builder.andWhere('(a.left_on IS NULL OR a.left_on >= CURRENT_DATE)');
    if (query.active === false) builder.andWhere('a.left_on < CURRENT_DATE');
    return builder;
  }

  list(query: AgentQuery, paging: Paging<(typeof AGENT_SORT)[number]>): Promise<AgentEntity[]> {
    return this.filtered(query).orderBy(`a.${paging.sortField}`, paging.descending ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('a.id', 'ASC').skip(paging.skip).take(paging.take).getMany();
  }

  count(query: AgentQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  findById(id: number): Promise<AgentEntity | null> {
    return this.filtered({ ids: [id], visibility: { kind: 'all' } }).getOne();
  }

  findByExternalId(externalId: string): Promise<AgentEntity | null> {
    return this.db.getRepository(AgentEntity).findOneBy({ externalId });
  }

  async byExternalIds(externalIds: readonly string[]): Promise<Map<string, { id: number; teamId: number | null }>> {
    const rows: { id: number; external_id: string; team_id: number | null }[] = await this.db.query(
      'SELECT id, external_id, team_id FROM agents WHERE external_id = ANY($1::text[])', [externalIds]);
    return new Map(rows.map((row) => [row.external_id, { id: row.id, teamId: row.team_id }]));
  }

  async teamExists(id: number): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM teams WHERE id = $1', [id])).length > 0;
  }

  async insert(agent: AgentColumns): Promise<AgentEntity> {
    const saved = await this.db.getRepository(AgentEntity).save(this.db.getRepository(AgentEntity).create(agent));
    return (await this.findById(saved.id)) as AgentEntity;
  }

  async update(id: number, patch: Partial<AgentColumns>): Promise<AgentEntity> {
    if (Object.keys(patch).length > 0) await this.db.getRepository(AgentEntity).update({ id }, patch);
    return (await this.findById(id)) as AgentEntity;
  }

  /** What still refers to the agent and blocks deleting it. */
  async dependents(id: number): Promise<{ records: number; logins: number }> {
    const rows: { records: number; logins: number }[] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM interactions WHERE agent_id = $1 LIMIT 1) AS r) AS records,
              (SELECT count(*)::int FROM users WHERE agent_id = $1) AS logins`, [id]);
    return rows[0];
  }

  async delete(id: number): Promise<void> {
    await this.db.getRepository(AgentEntity).delete({ id });
  }
}
