import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Attributes } from '../../common/json.scalar';
import { GroupEntity } from '../groups/group.entity';

@Entity('teams')
export class TeamEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  name: string;

  @Column('integer', { name: 'group_id', nullable: true })
  groupId: number | null;

  /** loaded only by the queries that join it */
  @ManyToOne(() => GroupEntity, { nullable: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity | null;

  @Column('jsonb')
  attributes: Attributes;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
