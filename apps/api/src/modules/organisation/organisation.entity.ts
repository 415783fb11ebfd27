import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The singleton row (id 1) of organisation-wide settings. */
@Entity('organisation')
export class OrganisationEntity {
  @PrimaryColumn('smallint')
  id: number;

  @Column('text')
  name: string;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
