import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { likePattern } from '../../common/ids';
import type { Paging } from '../../common/list.args';
import { GroupEntity } from './group.entity';

export interface GroupQuery {
  q?: string;
  ids?: number[];
  kind?: string;
}

export const GROUP_SORT = ['id', 'name', 'kind'] as const;

@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private filtered(query: GroupQuery) {
    const builder = this.db.getRepository(GroupEntity).createQueryBuilder('g');
    if (query.q) builder.andWhere('g.name ILIKE :q', { q: likePattern(query.q) });
    if (query.ids) builder.andWhere('g.id = ANY(:ids)', { ids: query.ids });
    if (query.kind) builder.andWhere('g.kind = :kind', { kind: query.kind });
    return builder;
  }

  list(query: GroupQuery, paging: Paging<(typeof GROUP_SORT)[number]>): Promise<GroupEntity[]> {
    return this.filtered(query).orderBy(`g.${paging.sortField}`, paging.descending ? 'DESC' : 'ASC')
      .addOrderBy('g.id', 'ASC').skip(paging.skip).take(paging.take).getMany();
  }

  count(query: GroupQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  findById(id: number): Promise<GroupEntity | null> {
    return this.db.getRepository(GroupEntity).findOneBy({ id });
  }

  findByName(name: string): Promise<GroupEntity | null> {
    return this.db.getRepository(GroupEntity).findOneBy({ name });
  }

  insert(group: Pick<GroupEntity, 'name' | 'kind' | 'attributes'>): Promise<GroupEntity> {
    const repository = this.db.getRepository(GroupEntity);
    return repository.save(repository.create(group));
  }

  async update(id: number, patch: Partial<Pick<GroupEntity, 'name' | 'kind' | 'attributes'>>): Promise<GroupEntity> {
    const repository = this.db.getRepository(GroupEntity);
    if (Object.keys(patch).length > 0) await repository.update({ id }, patch);
    return repository.findOneByOrFail({ id });
  }

  async teamCount(id: number): Promise<number> {
    const rows: { n: number }[] = await this.db.query('SELECT count(*)::int AS n FROM teams WHERE group_id = $1', [id]);
    return rows[0].n;
  }

  async delete(id: number): Promise<void> {
    await this.db.getRepository(GroupEntity).delete({ id });
  }
}
