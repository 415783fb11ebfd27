import { Injectable } from '@nestjs/common';
import { BUILTIN_RECORD_FIELDS } from '@yardstick/contracts';
import { z } from 'zod';
import type { Caller } from '../../common/caller';
import { NotFoundException } from '../../common/domain.exception';
import { IdSchema, parseId } from '../../common/ids';
import { parsePaging, stripNulls, type ListArgs } from '../../common/list.args';
import { parseInput } from '../../common/validation';
import { assertCan } from '../auth/access.policy';
import type { FieldDefinitionEntity } from './field-definition.entity';
import { FieldsErrorCode, FieldsException } from './fields.exception';
import { FIELD_SORT, FieldsRepository, type FieldQuery } from './fields.repository';

export const FIELD_TYPES = ['string', 'number', 'boolean', 'duration', 'timestamp', 'percent', 'money', 'count'] as const;
/** Names a record already has: built-in fields plus the identity columns. */
const RESERVED = new Set([...Object.keys(BUILTIN_RECORD_FIELDS), 'agent', 'team', 'occurred_at', 'source', 'external_id', 'record_version']);

const NameSchema = z.string().trim().max(63)
  .regex(/^[a-z_][a-z0-9_]*$/, 'a lowercase identifier: letters, digits and underscore, not starting with a digit')
  .refine((name) => !RESERVED.has(name), 'this is a built-in record field');
const TypeSchema = z.enum(FIELD_TYPES, { error: `expected one of ${FIELD_TYPES.join(', ')}` });
const LabelSchema = z.string().trim().max(200).transform((label) => label || null).nullable();
const CreateSchema = z.object({ name: NameSchema, type: TypeSchema, label: LabelSchema.default(null) });
const UpdateSchema = z.object({ name: NameSchema.optional(), type: TypeSchema.optional(), label: LabelSchema.optional() });
const FilterSchema = z.object({ q: z.string().trim().optional(), ids: z.array(IdSchema).optional(), type: TypeSchema.optional() });

export interface FieldInput {
  name?: string | null;
  type?: string | null;
  label?: string | null;
}

/** Custom record fields: every user (and `read` integrations) may read them, admins change them. */
@Injectable()
export class FieldsService {
  constructor(private readonly repository: FieldsRepository) {}

  async list(caller: Caller, args: ListArgs, filter: object = {}): Promise<FieldDefinitionEntity[]> {
    assertCan(caller, 'org:read');
    return this.repository.list(this.query(filter), parsePaging(args, FIELD_SORT, 'name'));
  }

  async count(caller: Caller, filter: object = {}): Promise<number> {
    assertCan(caller, 'org:read');
    return this.repository.count(this.query(filter));
  }

  async get(caller: Caller, id: string | number): Promise<FieldDefinitionEntity | null> {
    assertCan(caller, 'org:read');
    return this.repository.findById(parseId(id));
  }

  /** Internal (no caller): ingestion validates custom fields against these. */
  definitions(): Promise<FieldDefinitionEntity[]> {
    return this.repository.all();
  }

  async create(caller: Caller, input: FieldInput): Promise<FieldDefinitionEntity> {
    assertCan(caller, 'org:write');
    const field = parseInput(CreateSchema, stripNulls(input));
    await this.assertNameFree(field.name);
    return this.repository.insert(field);
  }

  async update(caller: Caller, id: string | number, input: FieldInput): Promise<FieldDefinitionEntity> {
    assertCan(caller, 'org:write');
    const fieldId = parseId(id);
    const patch = parseInput(UpdateSchema, input);
    const current = await this.repository.findById(fieldId);
    if (!current) throw new NotFoundException('field', fieldId);
    if (patch.name !== undefined && patch.name !== current.name) await this.assertNameFree(patch.name);
    return this.repository.update(fieldId, patch);
  }

  async delete(caller: Caller, id: string | number): Promise<FieldDefinitionEntity> {
    assertCan(caller, 'org:write');
    const fieldId = parseId(id);
    const current = await this.repository.findById(fieldId);
    if (!current) throw new NotFoundException('field', fieldId);
    await this.repository.delete(fieldId);
    return current;
  }

  private query(filter: object): FieldQuery {
    return parseInput(FilterSchema, stripNulls(filter));
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.repository.findByName(name)) {
      throw new FieldsException(FieldsErrorCode.NameTaken, `a field named ${name} already exists`, { field: 'name' });
    }
  }
}
