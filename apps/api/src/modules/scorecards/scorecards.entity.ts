import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Table mappings only (scorecards, scorecard_versions); the GraphQL shapes live in scorecards.model.ts.

@Entity('scorecards')
export class ScorecardEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  key: string;

  @Column('text', { nullable: true })
  label: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

export type VersionStatus = 'draft' | 'published' | 'retired';

@Entity('scorecard_versions')
export class ScorecardVersionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('integer', { name: 'scorecard_id' })
  scorecardId: number;

  @Column('integer')
  version: number;

  @Column('text')
  status: VersionStatus;

  @Column('text')
  source: string;

  @Column('integer', { name: 'author_id', nullable: true })
  authorId: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** `YYYY-MM-DD` (TypeORM reads `date` columns as text, so no zone ever shifts it) */
  @Column('date', { name: 'effective_from', nullable: true })
  effectiveFrom: string | null;
}
