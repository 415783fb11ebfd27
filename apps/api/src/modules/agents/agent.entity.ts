import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Attributes } from '../../common/json.scalar';
import { TeamEntity } from '../teams/team.entity';

@Entity('agents')
export class AgentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** the id interaction records use for this agent */
  @Column('text', { name: 'external_id' })
  externalId: string;

  @Column('text')
  name: string;

  @Column('integer', { name: 'team_id', nullable: true })
  teamId: number | null;

  /** loaded only by the queries that join it */
  @ManyToOne(() => TeamEntity, { nullable: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  /** YYYY-MM-DD */
  @Column('date', { name: 'hired_on', nullable: true })
  hiredOn: string | null;

  @Column('date', { name: 'left_on', nullable: true })
  leftOn: string | null;

  /** numeric(14,2) as text: "5000.00" */
  @Column('numeric', { name: 'base_bonus', precision: 14, scale: 2, nullable: true })
  baseBonus: string | null;

  @Column('jsonb')
  attributes: Attributes;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
