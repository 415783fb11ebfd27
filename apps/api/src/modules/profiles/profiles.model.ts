import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { isoInZone } from '../scorecards/org-time';
import type { ProfileDecision, ProfileDecisions, ProfileInForce, OverrideView } from './profiles.service';

// GraphQL shapes of the profiles context. Times are ISO instants written with the organisation's offset.

export enum ProfileSourceModel { OVERRIDE = 'override', SCHEDULE = 'schedule', DEFAULT = 'default' }
registerEnumType(ProfileSourceModel, {
  name: 'ProfileSource',
  description: 'OVERRIDE: an admin switched it; SCHEDULE: an `active` range of the scorecard; DEFAULT: the default profile',
});

@ObjectType('ProfileOverride')
export class ProfileOverrideModel {
  @Field(() => ID) id: string;
  @Field({ description: 'the scorecard key' }) scorecard: string;
  @Field() profile: string;
  @Field({ description: 'ISO instant, organisation offset' }) from: string;
  @Field({ description: 'ISO instant, organisation offset; exclusive' }) to: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true, description: 'display name of who set it' }) createdBy: string | null;
  @Field(() => ID, { nullable: true }) createdById: string | null;
  @Field({ description: 'ISO 8601' }) createdAt: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601; set once cleared' }) clearedAt: string | null;
  @Field(() => String, { nullable: true }) clearedBy: string | null;
  @Field({ description: 'not cleared: it decides the profile over its time' }) active: boolean;
}

@ObjectType('ProfileInForce')
export class ProfileInForceModel {
  @Field() scorecard: string;
  @Field({ description: 'the instant asked about, organisation offset' }) at: string;
  @Field(() => Int, { description: 'the scorecard version in force then' }) version: number;
  @Field(() => String, { nullable: true, description: 'profile key; null only if the version has no profile for then' })
  profile: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => ProfileSourceModel) source: ProfileSourceModel;
  @Field(() => ProfileOverrideModel, { nullable: true, description: 'the deciding override (null for callers who may not read overrides)' })
  override: ProfileOverrideModel | null;
}

@ObjectType('ProfileStretch', { description: 'A stretch [from, to) of time under one profile.' })
export class ProfileStretchModel {
  @Field() from: string;
  @Field({ description: 'exclusive' }) to: string;
  @Field(() => String, { nullable: true }) profile: string | null;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => ProfileSourceModel) source: ProfileSourceModel;
  @Field(() => ID, { nullable: true }) overrideId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType('ProfileTimeline')
export class ProfileTimelineModel {
  @Field() scorecard: string;
  @Field(() => Int) version: number;
  @Field() timeZone: string;
  @Field({ description: 'first day (YYYY-MM-DD, inclusive)' }) from: string;
  @Field({ description: 'last day (YYYY-MM-DD, inclusive)' }) to: string;
  @Field(() => [ProfileStretchModel]) stretches: ProfileStretchModel[];
}

export function toOverrideModel(view: OverrideView): ProfileOverrideModel {
  const { entity, timeZone } = view;
  return {
    id: String(entity.id),
    scorecard: view.scorecard,
    profile: entity.profile,
    from: isoInZone(entity.startsAt.getTime(), timeZone),
    to: isoInZone(entity.endsAt.getTime(), timeZone),
    reason: entity.reason,
    createdBy: view.createdBy,
    createdById: entity.createdBy === null ? null : String(entity.createdBy),
    createdAt: entity.createdAt.toISOString(),
    clearedAt: entity.clearedAt?.toISOString() ?? null,
    clearedBy: view.clearedBy,
    active: entity.clearedAt === null,
  };
}

export function toInForceModel(decision: ProfileInForce): ProfileInForceModel {
  return {
    scorecard: decision.scorecard,
    at: decision.at,
    version: decision.version,
    profile: decision.profile?.key ?? null,
    label: decision.profile?.label ?? null,
    source: decision.source as ProfileSourceModel,
    override: decision.override && toOverrideModel(decision.override),
  };
}

export function toTimelineModel(decisions: ProfileDecisions): ProfileTimelineModel {
  return {
    scorecard: decisions.scorecard,
    version: decisions.version,
    timeZone: decisions.timeZone,
    from: decisions.period.from,
    to: decisions.period.to,
    stretches: decisions.stretches.map(toStretchModel),
  };
}

function toStretchModel(stretch: ProfileDecision): ProfileStretchModel {
  return {
    from: stretch.from, to: stretch.to, profile: stretch.profile, label: stretch.label,
    source: stretch.source as ProfileSourceModel,
    overrideId: stretch.override ? String(stretch.override.id) : null,
    reason: stretch.override?.reason ?? null,
  };
}
