import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { likePattern } from '../../common/ids';
import type { Paging } from '../../common/list.args';
import { FieldDefinitionEntity } from './field-definition.entity';

export interface FieldQuery {
  q?: string;
  ids?: number[];
  type?: string;
}

export const FIELD_SORT = ['id', 'name', 'type', 'label'] as const;
type FieldColumns = Pick<FieldDefinitionEntity, 'name' | 'type' | 'label'>;

@Injectable()
export class FieldsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private filtered(query: FieldQuery) {
    const builder = this.db.getRepository(FieldDefinitionEntity).createQueryBuilder('f');
    if (query.q) builder.andWhere('(f.name ILIKE :q OR f.label ILIKE :q)', { q: likePattern(query.q) });
    if (query.ids) builder.andWhere('f.id = ANY(:ids)', { ids: query.ids });
    if (query.type) builder.andWhere('f.type = :type', { type: query.type });
    return builder;
  }

  list(query: FieldQuery, paging: Paging<(typeof FIELD_SORT)[number]>): Promise<FieldDefinitionEntity[]> {
    return this.filtered(query).orderBy(`f.${paging.sortField}`, paging.descending ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('f.id', 'ASC').skip(paging.skip).take(paging.take).getMany();
  }

  count(query: FieldQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  all(): Promise<FieldDefinitionEntity[]> {
    return this.db.getRepository(FieldDefinitionEntity).find({ order: { name: 'ASC' } });
  }

  findById(id: number): Promise<FieldDefinitionEntity | null> {
    return this.db.getRepository(FieldDefinitionEntity).findOneBy({ id });
  }

  findByName(name: string): Promise<FieldDefinitionEntity | null> {
    return this.db.getRepository(FieldDefinitionEntity).findOneBy({ name });
  }

  insert(field: FieldColumns): Promise<FieldDefinitionEntity> {
    const repository = this.db.getRepository(FieldDefinitionEntity);
    return repository.save(repository.create(field));
  }

  async update(id: number, patch: Partial<FieldColumns>): Promise<FieldDefinitionEntity> {
    const repository = this.db.getRepository(FieldDefinitionEntity);
    if (Object.keys(patch).length > 0) await repository.update({ id }, patch);
    return repository.findOneByOrFail({ id });
  }

  async delete(id: number): Promise<void> {
    await this.db.getRepository(FieldDefinitionEntity).delete({ id });
  }
}
