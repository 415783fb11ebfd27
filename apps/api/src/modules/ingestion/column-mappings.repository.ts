import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { likePattern } from '../../common/ids';
import type { Paging } from '../../common/list.args';
import { ColumnMappingEntity } from './column-mapping.entity';

export interface ColumnMappingQuery {
  q?: string;
  ids?: number[];
  format?: string;
}

export const COLUMN_MAPPING_SORT = ['id', 'name', 'format', 'createdAt', 'updatedAt'] as const;
type MappingColumns = Pick<ColumnMappingEntity, 'name' | 'format' | 'mapping'>;

@Injectable()
export class ColumnMappingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private filtered(query: ColumnMappingQuery) {
    const builder = this.db.getRepository(ColumnMappingEntity).createQueryBuilder('m');
    if (query.q) builder.andWhere('m.name ILIKE :q', { q: likePattern(query.q) });
    if (query.ids) builder.andWhere('m.id = ANY(:ids)', { ids: query.ids });
    if (query.format) builder.andWhere('m.format = :format', { format: query.format });
    return builder;
  }

  list(query: ColumnMappingQuery, paging: Paging<(typeof COLUMN_MAPPING_SORT)[number]>): Promise<ColumnMappingEntity[]> {
    return this.filtered(query).orderBy(`m.${paging.sortField}`, paging.descending ? 'DESC' : 'ASC')
      .addOrderBy('m.id', 'ASC').skip(paging.skip).take(paging.take).getMany();
  }

  count(query: ColumnMappingQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  findById(id: number): Promise<ColumnMappingEntity | null> {
    return this.db.getRepository(ColumnMappingEntity).findOneBy({ id });
  }

  findByName(name: string): Promise<ColumnMappingEntity | null> {
    return this.db.getRepository(ColumnMappingEntity).findOneBy({ name });
  }

  insert(mapping: MappingColumns): Promise<ColumnMappingEntity> {
    const repository = this.db.getRepository(ColumnMappingEntity);
    return repository.save(repository.create(mapping));
  }

  async update(id: number, patch: Partial<MappingColumns>): Promise<ColumnMappingEntity> {
    const repository = this.db.getRepository(ColumnMappingEntity);
    if (Object.keys(patch).length > 0) await repository.update({ id }, patch);
    return repository.findOneByOrFail({ id });
  }

  async delete(id: number): Promise<void> {
    await this.db.getRepository(ColumnMappingEntity).delete({ id });
  }
}
