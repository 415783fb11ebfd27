import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { likePattern } from '../../common/ids';
import type { Paging } from '../../common/list.args';
import { TeamEntity } from './team.entity';

export interface TeamQuery {
  q?: string;
  ids?: number[];
  groupId?: number;
  /** visibility: only these teams (undefined = all) */
  within?: readonly number[];
}

export const TEAM_SORT = ['id', 'name', 'groupId'] as const;

@Injectable()
export class TeamsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private filtered(query: TeamQuery) {
    const builder = this.db.getRepository(TeamEntity).createQueryBuilder('t').leftJoinAndSelect('t.group', 'g');
    if (query.q) builder.andWhere('t.name ILIKE :q', { q: likePattern(query.q) });
    if (query.ids) builder.andWhere('t.id = ANY(:ids)', { ids: query.ids });
    if (query.groupId !== undefined) builder.andWhere('t.group_id = :groupId', { groupId: query.groupId });
    if (query.within) builder.andWhere('t.id = ANY(:within)', { within: [...query.within] });
    return builder;
  }

  list(query: TeamQuery, paging: Paging<(typeof TEAM_SORT)[number]>): Promise<TeamEntity[]> {
    return this.filtered(query).orderBy(`t.${paging.sortField}`, paging.descending ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('t.id', 'ASC').skip(paging.skip).take(paging.take).getMany();
  }

  count(query: TeamQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  findById(id: number): Promise<TeamEntity | null> {
    return this.filtered({ ids: [id] }).getOne();
  }

  findByName(name: string): Promise<TeamEntity | null> {
    return this.db.getRepository(TeamEntity).findOneBy({ name });
  }

  async groupExists(id: number): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM groups WHERE id = $1', [id])).length > 0;
  }

  async insert(team: Pick<TeamEntity, 'name' | 'groupId' | 'attributes'>): Promise<TeamEntity> {
    const saved = await this.db.getRepository(TeamEntity).save(this.db.getRepository(TeamEntity).create(team));
    return (await this.findById(saved.id)) as TeamEntity;
  }

  async update(id: number, patch: Partial<Pick<TeamEntity, 'name' | 'groupId' | 'attributes'>>): Promise<TeamEntity> {
    if (Object.keys(patch).length > 0) await this.db.getRepository(TeamEntity).update({ id }, patch);
    return (await this.findById(id)) as TeamEntity;
  }

  /** What still refers to the team and blocks deleting it. */
  async dependents(id: number): Promise<{ agents: number; records: number }> {
    const rows: { agents: number; records: number }[] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM agents WHERE team_id = $1) AS agents,
              (SELECT count(*)::int FROM (SELECT 1 FROM interactions WHERE team_id = $1 LIMIT 1) AS r) AS records`, [id]);
    return rows[0];
  }

  async delete(id: number): Promise<void> {
    await this.db.getRepository(TeamEntity).delete({ id });
  }
}
