import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { FieldDefinitionEntity } from './field-definition.entity';

export enum FieldType {
  string = 'string', number = 'number', boolean = 'boolean', duration = 'duration', timestamp = 'timestamp',
  percent = 'percent', money = 'money', count = 'count',
}
registerEnumType(FieldType, { name: 'FieldType', description: 'the unit of a custom record field, as in `field NAME: TYPE`' });

@ObjectType('FieldDefinition', { description: 'A custom interaction-record field.' })
export class FieldDefinitionModel {
  @Field(() => ID) id: string;
  @Field({ description: 'the key in records and scorecards: lowercase identifier' }) name: string;
  @Field(() => FieldType) type: FieldType;
  @Field(() => String, { nullable: true }) label: string | null;
}

@InputType('FieldDefinitionFilter')
export class FieldDefinitionFilter {
  @Field(() => String, { nullable: true, description: 'name or label contains (case-insensitive)' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => FieldType, { nullable: true }) type?: FieldType | null;
}

@ArgsType()
export class FieldDefinitionFields {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => FieldType, { nullable: true }) type?: FieldType | null;
  @Field(() => String, { nullable: true }) label?: string | null;
}

export function toFieldDefinitionModel(field: FieldDefinitionEntity): FieldDefinitionModel {
  return { id: String(field.id), name: field.name, type: field.type as FieldType, label: field.label };
}
