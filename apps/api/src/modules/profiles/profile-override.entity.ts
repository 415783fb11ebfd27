import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Table mapping only (profile_overrides); the GraphQL shape lives in profiles.model.ts. */
@Entity('profile_overrides')
export class ProfileOverrideEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('integer', { name: 'scorecard_id' })
  scorecardId: number;

  @Column('text')
  profile: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  /** exclusive */
  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  @Column('text')
  reason: string;

  @Column('integer', { name: 'created_by', nullable: true })
  createdBy: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'cleared_at', nullable: true })
  clearedAt: Date | null;

  @Column('integer', { name: 'cleared_by', nullable: true })
  clearedBy: number | null;
}
