import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { prepared, preparedRows } from '../../database/prepared-query';
import { ScorecardEntity, ScorecardVersionEntity } from './scorecards.entity';

// Queries only. Methods that take part in a transaction accept its EntityManager; without one they run alone.

export interface ScorecardListQuery {
  /** key or label contains (case-insensitive) */
  q?: string;
  ids?: number[];
  /** only scorecards with a published (or retired) version: what readers without draft access see */
  publishedOnly: boolean;
  skip: number;
  take: number;
  sortField: 'id' | 'key' | 'label' | 'createdAt';
  descending: boolean;
}

/** An override that a version about to be published would have to honour. */
export interface OverrideUse {
  id: number;
  profile: string;
  startsAt: Date;
  endsAt: Date;
}

const SORT_COLUMNS: Record<ScorecardListQuery['sortField'], string> = {
  id: 's.id', key: 's.key', label: 's.label', createdAt: 's.created_at',
};

/** A scorecard by key with its published version in force on day $2 (version columns null when none is). */
const IN_FORCE_BY_KEY = prepared('scorecard_in_force_by_key', `SELECT s.id, s.key, s.label, s.created_at AS "createdAt",
    v.id AS "versionId", v.version, v.status, v.source, v.author_id AS "authorId", v.created_at AS "versionCreatedAt",
    v.updated_at AS "updatedAt", v.published_at AS "publishedAt", to_char(v.effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
   FROM scorecards s
   LEFT JOIN LATERAL (SELECT * FROM scorecard_versions v
                       WHERE v.scorecard_id = s.id AND v.status = 'published' AND v.effective_from <= $2::date
                       ORDER BY v.effective_from DESC, v.version DESC LIMIT 1) v ON true
  WHERE s.key = $1`);

@Injectable()
export class ScorecardsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async list(query: ScorecardListQuery): Promise<{ rows: ScorecardEntity[]; count: number }> {
    const builder = this.db.getRepository(ScorecardEntity).createQueryBuilder('s');
    if (query.q) builder.andWhere('(s.key ILIKE :q OR s.label ILIKE :q)', { q: query.q });
    if (query.ids) builder.andWhere('s.id = ANY(:ids)', { ids: query.ids });
    if (query.publishedOnly) {
      builder.andWhere("EXISTS (SELECT 1 FROM scorecard_versions v WHERE v.scorecard_id = s.id AND v.status <> 'draft')");
    }
    const [column, order] = [SORT_COLUMNS[query.sortField], query.descending ? 'DESC' : 'ASC'] as const;
    const [rows, count] = await builder.orderBy(column, order).addOrderBy('s.id', 'ASC')
      .skip(query.skip).take(query.take).getManyAndCount();
    return { rows, count };
  }

  findByKey(key: string, manager: EntityManager = this.db.manager): Promise<ScorecardEntity | null> {
    return manager.getRepository(ScorecardEntity).findOneBy({ key });
  }

  findById(id: number): Promise<ScorecardEntity | null> {
    return this.db.getRepository(ScorecardEntity).findOneBy({ id });
  }

  /** The scorecard row locked until the transaction ends: version numbers and the draft are decided under it. */
  lockByKey(manager: EntityManager, key: string): Promise<ScorecardEntity | null> {
    return manager.getRepository(ScorecardEntity).findOne({ where: { key }, lock: { mode: 'pessimistic_write' } });
  }

  async insertScorecard(manager: EntityManager, key: string, label: string | null): Promise<ScorecardEntity> {
    const rows: { id: number }[] = await manager.query(
      'INSERT INTO scorecards (key, label) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING id', [key, label]);
    if (rows.length === 0) throw new DuplicateKeyError(key);
    return manager.getRepository(ScorecardEntity).findOneByOrFail({ id: rows[0].id });
  }

  async updateLabel(manager: EntityManager, id: number, label: string | null): Promise<void> {
    await manager.getRepository(ScorecardEntity).update({ id }, { label });
  }

  /** Every version, newest first; drafts only when asked for. */
  versions(scorecardId: number, withDrafts: boolean): Promise<ScorecardVersionEntity[]> {
    const builder = this.db.getRepository(ScorecardVersionEntity).createQueryBuilder('v')
      .where('v.scorecardId = :scorecardId', { scorecardId });
    if (!withDrafts) builder.andWhere("v.status <> 'draft'");
    return builder.orderBy('v.version', 'DESC').getMany();
  }

  version(scorecardId: number, version: number, manager: EntityManager = this.db.manager): Promise<ScorecardVersionEntity | null> {
    return manager.getRepository(ScorecardVersionEntity).findOneBy({ scorecardId, version });
  }

  draft(scorecardId: number, manager: EntityManager = this.db.manager): Promise<ScorecardVersionEntity | null> {
    return manager.getRepository(ScorecardVersionEntity).findOneBy({ scorecardId, status: 'draft' });
  }

  /** The published version with the greatest effective_from on or before `day`; ties go to the higher version. */
  inForce(scorecardId: number, day: string, manager: EntityManager = this.db.manager): Promise<ScorecardVersionEntity | null> {
    return manager.getRepository(ScorecardVersionEntity).createQueryBuilder('v')
      .where("v.scorecardId = :scorecardId AND v.status = 'published' AND v.effectiveFrom <= :day", { scorecardId, day })
      .orderBy('v.effectiveFrom', 'DESC').addOrderBy('v.version', 'DESC').limit(1).getOne();
  }

  /** `findByKey` and `inForce` in one statement (every read of scores asks it). */
  async inForceByKey(key: string, day: string): Promise<{ scorecard: ScorecardEntity; version: ScorecardVersionEntity | null } | null> {
    const row = (await preparedRows<Record<string, unknown>>(this.db, IN_FORCE_BY_KEY, [key, day]))[0];
    if (!row) return null;
    const scorecard = Object.assign(new ScorecardEntity(), { id: row.id, key: row.key, label: row.label, createdAt: row.createdAt });
    if (row.versionId === null) return { scorecard, version: null };
    const version = Object.assign(new ScorecardVersionEntity(), {
      id: row.versionId, scorecardId: row.id, version: row.version, status: row.status, source: row.source, authorId: row.authorId,
      createdAt: row.versionCreatedAt, updatedAt: row.updatedAt, publishedAt: row.publishedAt, effectiveFrom: row.effectiveFrom,
    });
    return { scorecard, version };
  }

  /** Published versions becoming effective after `afterDay` up to `lastDay`, the winner of each day only. */
  async effectiveBetween(scorecardId: number, afterDay: string, lastDay: string): Promise<ScorecardVersionEntity[]> {
    const versions = await this.db.getRepository(ScorecardVersionEntity).createQueryBuilder('v')
      .where("v.scorecardId = :scorecardId AND v.status = 'published'", { scorecardId })
      .andWhere('v.effectiveFrom > :afterDay AND v.effectiveFrom <= :lastDay', { afterDay, lastDay })
      .orderBy('v.effectiveFrom', 'ASC').addOrderBy('v.version', 'DESC').getMany();
    return versions.filter((version, i) => i === 0 || versions[i - 1].effectiveFrom !== version.effectiveFrom);
  }

  /** The first effective_from after `day` among published versions: where a version effective on `day` stops. */
  async nextEffectiveFrom(manager: EntityManager, scorecardId: number, day: string): Promise<string | null> {
    const rows: { day: string | null }[] = await manager.query(
      "SELECT min(effective_from)::text AS day FROM scorecard_versions WHERE scorecard_id = $1 AND status = 'published' AND effective_from > $2",
      [scorecardId, day]);
    return rows[0]?.day ?? null;
  }

  async insertDraft(manager: EntityManager, scorecardId: number, source: string, authorId: number | null): Promise<ScorecardVersionEntity> {
    const rows: { id: number }[] = await manager.query(
      `INSERT INTO scorecard_versions (scorecard_id, version, status, source, author_id)
       SELECT $1, coalesce(max(version), 0) + 1, 'draft', $2, $3 FROM scorecard_versions WHERE scorecard_id = $1
       RETURNING id`, [scorecardId, source, authorId]);
    return manager.getRepository(ScorecardVersionEntity).findOneByOrFail({ id: rows[0].id });
  }

  async replaceDraft(manager: EntityManager, id: number, source: string, authorId: number | null): Promise<ScorecardVersionEntity> {
    await manager.query(
      "UPDATE scorecard_versions SET source = $2, author_id = $3, updated_at = now() WHERE id = $1 AND status = 'draft'",
      [id, source, authorId]);
    return manager.getRepository(ScorecardVersionEntity).findOneByOrFail({ id });
  }

  async publish(manager: EntityManager, id: number, effectiveFrom: string): Promise<ScorecardVersionEntity> {
    await manager.query(
      `UPDATE scorecard_versions SET status = 'published', published_at = now(), updated_at = now(), effective_from = $2
       WHERE id = $1 AND status = 'draft'`, [id, effectiveFrom]);
    return manager.getRepository(ScorecardVersionEntity).findOneByOrFail({ id });
  }

  async retire(manager: EntityManager, id: number): Promise<ScorecardVersionEntity> {
    await manager.query(
      "UPDATE scorecard_versions SET status = 'retired', updated_at = now() WHERE id = $1 AND status = 'published'", [id]);
    return manager.getRepository(ScorecardVersionEntity).findOneByOrFail({ id });
  }

  async deleteDraft(manager: EntityManager, id: number): Promise<void> {
    await manager.query("DELETE FROM scorecard_versions WHERE id = $1 AND status = 'draft'", [id]);
  }

  /** Overrides still in effect that overlap [from, to) (to null: open-ended). */
  async overridesBetween(manager: EntityManager, scorecardId: number, from: Date, to: Date | null): Promise<OverrideUse[]> {
    const rows: { id: number; profile: string; starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT id, profile, starts_at, ends_at FROM profile_overrides
       WHERE scorecard_id = $1 AND cleared_at IS NULL AND ends_at > $2 AND ($3::timestamptz IS NULL OR starts_at < $3)
       ORDER BY starts_at, id`, [scorecardId, from, to]);
    return rows.map((row) => ({ id: row.id, profile: row.profile, startsAt: row.starts_at, endsAt: row.ends_at }));
  }

  /** Display names of users, for "who wrote this version". */
  async userNames(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: number; display_name: string }[] = await this.db.query(
      'SELECT id, display_name FROM users WHERE id = ANY($1::int[])', [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}

/** The key is taken (raced with another create, or simply exists). */
export class DuplicateKeyError extends Error {
  constructor(readonly key: string) {
    super(`scorecard ${key} already exists`);
  }
}
