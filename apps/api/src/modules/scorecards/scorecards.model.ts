import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Diagnostic } from '@yardstick/dsl';
import { analyseSource } from './scorecard-source';
import type { ScorecardEntity, ScorecardVersionEntity } from './scorecards.entity';

// GraphQL shapes of the scorecards context, joined to the entities by the mappers at the bottom.

@ObjectType('SourcePosition', { description: '1-based line and column (UTF-16 code units), 0-based offset' })
export class PositionModel {
  @Field(() => Int) line: number;
  @Field(() => Int) column: number;
  @Field(() => Int) offset: number;
}

@ObjectType('SourceSpan', { description: 'A range of the source; end is exclusive.' })
export class SpanModel {
  @Field(() => PositionModel) start: PositionModel;
  @Field(() => PositionModel) end: PositionModel;
}

@ObjectType('Diagnostic', { description: 'One problem in a scorecard source, exactly as `yardstick check --json` reports it.' })
export class DiagnosticModel {
  @Field({ description: 'stable code: YS0xx–YS4xx from the language, YS9xx from storage rules' }) code: string;
  @Field({ description: 'error, warning or info' }) severity: string;
  @Field() message: string;
  @Field() messageZh: string;
  @Field(() => SpanModel) span: SpanModel;
  @Field(() => String, { nullable: true, description: 'a replacement an editor can offer' }) suggestion: string | null;
}

export enum ScorecardVersionStatus { DRAFT = 'draft', PUBLISHED = 'published', RETIRED = 'retired' }
registerEnumType(ScorecardVersionStatus, {
  name: 'ScorecardVersionStatus',
  description: 'DRAFT: editable, at most one; PUBLISHED: immutable, used from effectiveFrom; RETIRED: withdrawn, never used',
});

@ObjectType('ScorecardProfile', { description: 'A profile (a set of kpi weights) written in a version.' })
export class ScorecardProfileModel {
  @Field() key: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field() isDefault: boolean;
  @Field(() => String, { nullable: true, description: 'first scheduled day (YYYY-MM-DD, inclusive)' }) activeFrom: string | null;
  @Field(() => String, { nullable: true, description: 'last scheduled day (YYYY-MM-DD, inclusive)' }) activeTo: string | null;
}

@ObjectType('ScorecardVersion')
export class ScorecardVersionModel {
  @Field(() => ID) id: string;
  @Field({ description: 'the scorecard key' }) scorecard: string;
  @Field(() => Int) version: number;
  @Field(() => ScorecardVersionStatus) status: ScorecardVersionStatus;
  @Field() source: string;
  @Field(() => String, { nullable: true, description: 'display name of who last wrote it (null: system or a deleted user)' })
  author: string | null;
  @Field(() => ID, { nullable: true }) authorId: string | null;
  @Field({ description: 'ISO 8601' }) createdAt: string;
  @Field({ description: 'ISO 8601: when the draft was last saved, or the version published or retired' }) updatedAt: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601' }) publishedAt: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in the organisation time zone: used for scoring from this day' })
  effectiveFrom: string | null;
  @Field({ description: 'no diagnostic of severity error (published versions always are)' }) valid: boolean;
  @Field(() => [DiagnosticModel]) diagnostics: DiagnosticModel[];
  @Field(() => [ScorecardProfileModel]) profiles: ScorecardProfileModel[];
  @Field({ description: 'what it scores: `agent`, `team` or `group` (sites, vendors): read agents with scores, teams with teamScores, groups with groupScores' })
  subject: string;
}

@ObjectType('Scorecard')
export class ScorecardModel {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field(() => String, { nullable: true, description: 'from the source: scorecard KEY "label"' }) label: string | null;
  @Field({ description: 'ISO 8601' }) createdAt: string;
}

@InputType('ScorecardFilter')
export class ScorecardFilter {
  @Field(() => String, { nullable: true, description: 'key or label contains (case-insensitive)' }) q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
}

export function toDiagnosticModel(d: Diagnostic): DiagnosticModel {
  return {
    code: d.code, severity: d.severity, message: d.message, messageZh: d.messageZh,
    span: { start: { ...d.span.start }, end: { ...d.span.end } },
    suggestion: d.suggestion ?? null,
  };
}

export function toScorecardModel(entity: ScorecardEntity): ScorecardModel {
  return { id: String(entity.id), key: entity.key, label: entity.label, createdAt: entity.createdAt.toISOString() };
}

/** A stored version as the API shows it; diagnostics come from the memoised check of its source. */
export function toVersionModel(key: string, entity: ScorecardVersionEntity, author: string | null): ScorecardVersionModel {
  const facts = analyseSource(entity.source, key);
  return {
    id: String(entity.id),
    scorecard: key,
    version: entity.version,
    status: entity.status as ScorecardVersionStatus,
    source: entity.source,
    author,
    authorId: entity.authorId === null ? null : String(entity.authorId),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    publishedAt: entity.publishedAt?.toISOString() ?? null,
    effectiveFrom: entity.effectiveFrom,
    valid: facts.valid,
    diagnostics: facts.diagnostics.map(toDiagnosticModel),
    profiles: facts.profiles.map((profile) => ({ ...profile })),
    subject: facts.subject,
  };
}
