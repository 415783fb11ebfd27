import { Field, ObjectType } from '@nestjs/graphql';
import type { OrganisationEntity } from './organisation.entity';

@ObjectType('Organisation', { description: 'Organisation-wide settings.' })
export class OrganisationModel {
  @Field() name: string;
  @Field({ description: 'IANA time zone periods and wall-clock record times are read in, e.g. Asia/Shanghai' }) timeZone: string;
  @Field({ description: 'ISO 8601' }) updatedAt: string;
}

export function toOrganisationModel(entity: OrganisationEntity): OrganisationModel {
  return { name: entity.name, timeZone: entity.timeZone, updatedAt: entity.updatedAt.toISOString() };
}
