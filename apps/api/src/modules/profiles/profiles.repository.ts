import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProfileOverrideEntity } from './profile-override.entity';

export interface NewOverride {
  scorecardId: number;
  profile: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  createdBy: number | null;
}

@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Serialises override changes of one scorecard, so two overlapping overrides cannot both pass the check. */
  async lockScorecard(manager: EntityManager, scorecardId: number): Promise<void> {
    await manager.query('SELECT id FROM scorecards WHERE id = $1 FOR UPDATE', [scorecardId]);
  }

  findById(id: number, manager: EntityManager = this.db.manager): Promise<ProfileOverrideEntity | null> {
    return manager.getRepository(ProfileOverrideEntity).findOneBy({ id });
  }

  /** Overrides in effect (not cleared) that overlap [from, to), by start. */
  activeBetween(scorecardId: number, from: Date, to: Date, manager: EntityManager = this.db.manager): Promise<ProfileOverrideEntity[]> {
    return manager.getRepository(ProfileOverrideEntity).createQueryBuilder('o')
      .where('o.scorecardId = :scorecardId AND o.clearedAt IS NULL', { scorecardId })
      .andWhere('o.endsAt > :from AND o.startsAt < :to', { from, to })
      .orderBy('o.startsAt', 'ASC').addOrderBy('o.id', 'ASC').getMany();
  }

  /** A scorecard's overrides, latest start first; cleared ones only when asked for. */
  list(scorecardId: number, withCleared: boolean): Promise<ProfileOverrideEntity[]> {
    const builder = this.db.getRepository(ProfileOverrideEntity).createQueryBuilder('o')
      .where('o.scorecardId = :scorecardId', { scorecardId });
    if (!withCleared) builder.andWhere('o.clearedAt IS NULL');
    return builder.orderBy('o.startsAt', 'DESC').addOrderBy('o.id', 'DESC').limit(1000).getMany();
  }

  async insert(manager: EntityManager, override: NewOverride): Promise<ProfileOverrideEntity> {
    const rows: { id: number }[] = await manager.query(
      `INSERT INTO profile_overrides (scorecard_id, profile, starts_at, ends_at, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [override.scorecardId, override.profile, override.startsAt, override.endsAt, override.reason, override.createdBy]);
    return manager.getRepository(ProfileOverrideEntity).findOneByOrFail({ id: rows[0].id });
  }

  async clear(manager: EntityManager, id: number, clearedBy: number | null): Promise<ProfileOverrideEntity> {
    await manager.query(
      'UPDATE profile_overrides SET cleared_at = now(), cleared_by = $2 WHERE id = $1 AND cleared_at IS NULL', [id, clearedBy]);
    return manager.getRepository(ProfileOverrideEntity).findOneByOrFail({ id });
  }

  /**
   * Score snapshots taken under the schedule (profile '') of this scorecard for periods touching the days
   * [firstDay, lastDay] no longer hold once an override changes those days: mark them for recomputation.
   */
  async markSnapshotsStale(manager: EntityManager, scorecardId: number, firstDay: string, lastDay: string): Promise<void> {
    await manager.query(
      `UPDATE snapshot_runs r SET stale = true FROM scorecard_versions v
        WHERE r.scorecard_version_id = v.id AND v.scorecard_id = $1 AND r.profile = '' AND NOT r.stale
          AND r.period_from <= $3::date AND r.period_to >= $2::date`, [scorecardId, firstDay, lastDay]);
  }

  /** Display names of users, for "who did it". */
  async userNames(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: number; display_name: string }[] = await this.db.query(
      'SELECT id, display_name FROM users WHERE id = ANY($1::int[])', [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}
