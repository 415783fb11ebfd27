import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Caller } from '../../common/caller';
import { bilingualField, NotFoundException } from '../../common/domain.exception';
import { IdSchema, parseId } from '../../common/ids';
import { parsePaging, stripNulls, type ListArgs } from '../../common/list.args';
import { parseInput } from '../../common/validation';
import { assertCan } from '../auth/access.policy';
import { FieldsService } from '../fields/fields.service';
import type { ColumnMappingEntity } from './column-mapping.entity';
import { COLUMN_MAPPING_SORT, ColumnMappingsRepository, type ColumnMappingQuery } from './column-mappings.repository';
import { IngestionErrorCode, IngestionException, badIngestRequest } from './ingestion.exception';
import type { BodyFormat } from './ingest-options';
import { recordPlan } from './record-plan';

// Saved column mappings: which column (CSV) or key (NDJSON) feeds which record field, so an integration posts its
// export as it is and names the mapping with ?mapping=. Whoever may ingest may read them; admins change them.

const FORMATS = ['csv', 'ndjson'] as const;
const NameSchema = z.string().trim().min(1, 'required').max(200);
const FormatSchema = z.enum(FORMATS, { error: 'expected csv or ndjson' });
const MappingSchema = z.record(
  z.string().regex(/^[a-z_][a-z0-9_]*$/, 'keys are record field names (lowercase identifiers)'),
  z.string({ error: 'each field maps to a column name' }).trim().min(1, 'a column name cannot be empty').max(200),
).refine((mapping) => Object.keys(mapping).length <= 100, 'at most 100 fields');
const CreateSchema = z.object({ name: NameSchema, format: FormatSchema, mapping: MappingSchema });
const UpdateSchema = z.object({ name: NameSchema.optional(), format: FormatSchema.optional(), mapping: MappingSchema.optional() });
const FilterSchema = z.object({ q: z.string().trim().optional(), ids: z.array(IdSchema).optional(), format: FormatSchema.optional() });

export interface ColumnMappingInput {
  name?: string | null;
  format?: string | null;
  mapping?: Record<string, unknown> | null;
}

@Injectable()
export class ColumnMappingsService {
  constructor(private readonly repository: ColumnMappingsRepository, private readonly fields: FieldsService) {}

  async list(caller: Caller, args: ListArgs, filter: object = {}): Promise<ColumnMappingEntity[]> {
    assertCan(caller, 'records:ingest');
    return this.repository.list(this.query(filter), parsePaging(args, COLUMN_MAPPING_SORT, 'name'));
  }

  async count(caller: Caller, filter: object = {}): Promise<number> {
    assertCan(caller, 'records:ingest');
    return this.repository.count(this.query(filter));
  }

  async get(caller: Caller, id: string | number): Promise<ColumnMappingEntity | null> {
    assertCan(caller, 'records:ingest');
    return this.repository.findById(parseId(id));
  }

  async create(caller: Caller, input: ColumnMappingInput): Promise<ColumnMappingEntity> {
    assertCan(caller, 'org:write');
    const mapping = parseInput(CreateSchema, stripNulls(input));
    await this.assertFields(mapping.mapping);
    await this.assertNameFree(mapping.name);
    return this.repository.insert(mapping);
  }

  async update(caller: Caller, id: string | number, input: ColumnMappingInput): Promise<ColumnMappingEntity> {
    assertCan(caller, 'org:write');
    const mappingId = parseId(id);
    const patch = parseInput(UpdateSchema, stripNulls(input));
    const current = await this.repository.findById(mappingId);
    if (!current) throw new NotFoundException('column mapping', mappingId);
    if (patch.mapping) await this.assertFields(patch.mapping);
    if (patch.name !== undefined && patch.name !== current.name) await this.assertNameFree(patch.name);
    return this.repository.update(mappingId, patch);
  }

  async delete(caller: Caller, id: string | number): Promise<ColumnMappingEntity> {
    assertCan(caller, 'org:write');
    const mappingId = parseId(id);
    const current = await this.repository.findById(mappingId);
    if (!current) throw new NotFoundException('column mapping', mappingId);
    await this.repository.delete(mappingId);
    return current;
  }

  /** Internal (the ingest checked its caller): the maps of the mapping called `name`, for a body of `format`. */
  async mapsFor(name: string, format: BodyFormat): Promise<Map<string, string>> {
    const found = await this.repository.findByName(name);
    if (!found) throw badIngestRequest(`?mapping: no column mapping is called ${JSON.stringify(name)}`, { parameter: 'mapping' });
    if (found.format !== format) {
      throw badIngestRequest(`?mapping: the mapping ${JSON.stringify(name)} is for ${found.format} bodies, this body is ${format}`,
        { parameter: 'mapping' });
    }
    return new Map(Object.entries(found.mapping));
  }

  private async assertFields(mapping: Record<string, string>): Promise<void> {
    try {
      recordPlan(await this.fields.definitions(), new Map(Object.entries(mapping)), 'UTC');
    } catch (error) {
      if (error instanceof IngestionException) {
        throw new IngestionException(IngestionErrorCode.BadRequest, `invalid input: mapping: ${error.message}`, { fields: [bilingualField({ path: 'mapping', message: error.message })] });
      }
      throw error;
    }
  }

  private query(filter: object): ColumnMappingQuery {
    return parseInput(FilterSchema, stripNulls(filter));
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.repository.findByName(name)) {
      throw new IngestionException(IngestionErrorCode.MappingNameTaken, `a column mapping named ${name} already exists`, { field: 'name' });
    }
  }
}
