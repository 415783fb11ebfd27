import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../common/json.scalar';
import type { ColumnMappingEntity } from './column-mapping.entity';

export enum BodyFormatValue {
  csv = 'csv',
  ndjson = 'ndjson',
}
registerEnumType(BodyFormatValue, { name: 'BodyFormat', description: 'the body a column mapping is for: csv or ndjson' });

@ObjectType('ColumnMapping', { description: 'A saved column mapping for POST /api/ingest/interactions?mapping=NAME.' })
export class ColumnMappingModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => BodyFormatValue) format: BodyFormatValue;
  @Field(() => JSONObjectScalar, { description: 'record field → column (CSV header) or key (NDJSON), e.g. {"occurred_at":"datetime"}' })
  mapping: Record<string, string>;
  @Field({ description: 'ISO instant' }) createdAt: string;
  @Field({ description: 'ISO instant' }) updatedAt: string;
}

@InputType('ColumnMappingFilter')
export class ColumnMappingFilter {
  @Field(() => String, { nullable: true, description: 'name contains (case-insensitive)' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => BodyFormatValue, { nullable: true }) format?: BodyFormatValue | null;
}

@ArgsType()
export class ColumnMappingFields {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => BodyFormatValue, { nullable: true }) format?: BodyFormatValue | null;
  @Field(() => JSONObjectScalar, { nullable: true }) mapping?: Record<string, unknown> | null;
}

export function toColumnMappingModel(mapping: ColumnMappingEntity): ColumnMappingModel {
  return {
    id: String(mapping.id), name: mapping.name, format: mapping.format as BodyFormatValue, mapping: mapping.mapping,
    createdAt: mapping.createdAt.toISOString(), updatedAt: mapping.updatedAt.toISOString(),
  };
}
