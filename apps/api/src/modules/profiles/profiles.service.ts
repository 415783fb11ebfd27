import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CompiledProfile } from '@yardstick/dsl';
import { DAY_MS, localDayMs, type Period } from '@yardstick/engine';
import type { Caller } from '../../common/caller';
import { InvalidInputException, NotFoundException } from '../../common/domain.exception';
import { parseId } from '../../common/ids';
import { assertCan, can } from '../auth/access.policy';
import { OrganisationService } from '../organisation/organisation.service';
import { dayOf, isoInZone, momentOfLocal, momentOfUtc, startOfDay, type Moment } from '../scorecards/org-time';
import { ScorecardNotFoundException, VersionNotFoundException } from '../scorecards/scorecards.exception';
import { parseDay, ScorecardsService, type StoredVersion } from '../scorecards/scorecards.service';
import { OverrideRules, type OverrideInput } from './override-rules';
import type { ProfileOverrideEntity } from './profile-override.entity';
import { profileAt, profileTimeline, type OverrideWindow, type ProfileSource, type ProfileStretch } from './profile-timeline';
import { ProfilesRepository } from './profiles.repository';

// Profile overrides and the decision "which profile weighs the kpis at this time". Times are instants in the
// database and org-local wall clock in the engine; results show both the ISO instant with the organisation's
// offset and the org-local ms the engine assigns records by.

/** Longest period a timeline is computed for (ten years). */
const MAX_PERIOD_DAYS = 3660;

/** One stretch of a period under one profile, as the scoring service consumes it. */
export interface ProfileDecision {
  /** ISO instant with the organisation's offset: `2021-03-08T00:00:00.000+08:00` */
  readonly from: string;
  /** exclusive */
  readonly to: string;
  /** the same bounds as org-local wall-clock ms (ScoreRecord timestamps) */
  readonly fromLocalMs: number;
  readonly toLocalMs: number;
  readonly profile: string | null;
  readonly label: string | null;
  readonly source: ProfileSource;
  /** set when source is override */
  readonly override: { readonly id: number; readonly reason: string } | null;
}

export interface ProfileDecisions {
  readonly scorecard: string;
  readonly version: number;
  readonly versionId: number;
  readonly timeZone: string;
  /** inclusive days in the organisation's zone */
  readonly period: Period;
  readonly stretches: readonly ProfileDecision[];
}

/** An override as readers see it: times in the organisation's zone, who did it by name. */
export interface OverrideView {
  readonly entity: ProfileOverrideEntity;
  readonly scorecard: string;
  readonly timeZone: string;
  readonly createdBy: string | null;
  readonly clearedBy: string | null;
}

export interface ProfileInForce {
  readonly scorecard: string;
  /** ISO instant asked about, with the organisation's offset */
  readonly at: string;
  readonly version: number;
  readonly profile: CompiledProfile | null;
  readonly source: ProfileSource;
  /** the override deciding it; null when none or when the caller may not read overrides */
  readonly override: OverrideView | null;
}

@Injectable()
export class ProfilesService {
  constructor(
    private readonly repository: ProfilesRepository,
    private readonly scorecards: ScorecardsService,
    private readonly organisation: OrganisationService,
    private readonly rules: OverrideRules,
  ) {}

  /** Switches a scorecard to `profile` over [from, to); admins only; the reason and who did it are kept. */
  async set(caller: Caller, input: OverrideInput): Promise<ProfileOverrideEntity> {
    assertCan(caller, 'overrides:write');
    const zone = await this.organisation.timeZone();
    const valid = this.rules.parse(input, zone);
    const { scorecard } = await this.rules.versionAt(input.scorecard, valid.from);
    return this.repository.transaction(async (manager) => {
      await this.repository.lockScorecard(manager, scorecard.id);
      // checked under the lock publishing takes too: neither can slip a missing profile past the other
      const stored = await this.rules.versionAt(input.scorecard, valid.from);
      await this.rules.assertProfileKnown(stored, valid);
      const overlapping = await this.repository.activeBetween(stored.scorecard.id, valid.startsAt, valid.endsAt, manager);
      if (overlapping.length > 0) throw this.rules.overlapError(overlapping, zone);
      const override = await this.repository.insert(manager, {
        scorecardId: stored.scorecard.id, profile: valid.profile, startsAt: valid.startsAt, endsAt: valid.endsAt,
        reason: valid.reason, createdBy: caller.kind === 'user' ? caller.userId : null,
      });
      await this.markStale(manager, override, zone);
      return override;
    });
  }

  /** Ends an override's effect (it stays listed, with who cleared it). Clearing twice changes nothing. */
  async clear(caller: Caller, id: string | number): Promise<{ override: ProfileOverrideEntity; scorecard: string }> {
    assertCan(caller, 'overrides:write');
    const overrideId = parseId(id);
    const zone = await this.organisation.timeZone();
    const override = await this.repository.transaction(async (manager) => {
      const found = await this.repository.findById(overrideId, manager);
      if (!found) throw new NotFoundException('profile override', overrideId);
      if (found.clearedAt) return found;
      await this.markStale(manager, found, zone);
      return this.repository.clear(manager, overrideId, caller.kind === 'user' ? caller.userId : null);
    });
    const scorecard = await this.scorecards.findById(caller, override.scorecardId);
    return { override, scorecard: scorecard?.key ?? String(override.scorecardId) };
  }

  async list(caller: Caller, key: string, withCleared: boolean): Promise<ProfileOverrideEntity[]> {
    assertCan(caller, 'overrides:read');
    const scorecard = await this.scorecards.find(caller, key);
    if (!scorecard) throw new ScorecardNotFoundException(key);
    return this.repository.list(scorecard.id, withCleared);
  }

  /** The profile deciding the score at `at` (a timestamp or a day; default now). */
  async inForce(caller: Caller, key: string, at?: string | null): Promise<ProfileInForce> {
    assertCan(caller, 'scorecards:read');
    if (!(await this.scorecards.find(caller, key))) throw new ScorecardNotFoundException(key);
    const zone = await this.organisation.timeZone();
    const moment = at ? this.rules.parseMoment(at, 'at', zone) : momentOfUtc(Date.now(), zone);
    const stored = await this.rules.versionAt(key, moment);
    const compiled = this.scorecards.compiledOf(stored);
    const day = dayOf(moment);
    const windows = await this.windows(stored.scorecard.id, startOfDay(day, zone), zone, 1);
    const decision = profileAt(compiled, moment.localMs, windows.map((w) => w.window));
    const override = decision.override ? windows.find((w) => w.window.id === decision.override?.id)?.entity ?? null : null;
    return {
      scorecard: key, at: isoInZone(moment.utcMs, zone), version: stored.version.version,
      profile: decision.profile, source: decision.source,
      override: override && can(caller, 'overrides:read') ? (await this.views(key, [override]))[0] : null,
    };
  }

  /**
   * For the scoring service (no caller): the profile decisions over a period of inclusive days, in the
   * organisation's zone, for one version (by number, else the one in force on the period's last day).
   */
  async decisions(key: string, period: Period, options: { version?: number | null } = {}): Promise<ProfileDecisions> {
    const from = parseDay(period.from, 'from');
    const to = parseDay(period.to, 'to');
    const days = (localDayMs(to) - localDayMs(from)) / DAY_MS + 1;
    if (days < 1 || days > MAX_PERIOD_DAYS) {
      throw new InvalidInputException([{ path: 'to', message: `must be on or after from, at most ${MAX_PERIOD_DAYS} days later` }]);
    }
    const stored = await this.scorecards.resolveVersion(key, { version: options.version, day: to });
    return this.decisionsFor(stored, { from, to });
  }

  /** Like `decisions`, for a version the caller already resolved (and its compiled form is cached). */
  async decisionsFor(stored: StoredVersion, period: Period): Promise<ProfileDecisions> {
    const zone = await this.organisation.timeZone();
    const compiled = this.scorecards.compiledOf(stored);
    const start = startOfDay(period.from, zone);
    const days = (localDayMs(period.to) - localDayMs(period.from)) / DAY_MS + 1;
    const windows = await this.windows(stored.scorecard.id, start, zone, days);
    const stretches = profileTimeline(compiled, period, windows.map((w) => w.window));
    return {
      scorecard: stored.scorecard.key, version: stored.version.version, versionId: stored.version.id, timeZone: zone,
      period, stretches: stretches.map((stretch) => toDecision(stretch, zone)),
    };
  }

  /** `decisions` for a caller: override reasons only for those who may read overrides. */
  async timeline(caller: Caller, key: string, period: Period, version?: number | null): Promise<ProfileDecisions> {
    assertCan(caller, 'scorecards:read');
    const scorecard = await this.scorecards.find(caller, key);
    if (!scorecard) throw new ScorecardNotFoundException(key);
    if (version !== undefined && version !== null && !(await this.scorecards.version(caller, scorecard, version))) {
      throw new VersionNotFoundException(key, version);
    }
    const decisions = await this.decisions(key, period, { version });
    if (can(caller, 'overrides:read')) return decisions;
    return { ...decisions, stretches: decisions.stretches.map((stretch) => ({ ...stretch, override: null })) };
  }

  /** Overrides with their times' zone and the names of who set and cleared them. */
  async views(key: string, entities: readonly ProfileOverrideEntity[]): Promise<OverrideView[]> {
    const timeZone = await this.organisation.timeZone();
    const ids = entities.flatMap((e) => [e.createdBy, e.clearedBy]).filter((id): id is number => id !== null);
    const names = await this.repository.userNames(ids);
    const name = (id: number | null) => (id === null ? null : (names.get(id) ?? null));
    return entities.map((entity) => ({
      entity, scorecard: key, timeZone, createdBy: name(entity.createdBy), clearedBy: name(entity.clearedBy),
    }));
  }

  /** Stored scores of the days an override touches were computed under other rules. */
  private markStale(manager: EntityManager, override: ProfileOverrideEntity, zone: string): Promise<void> {
    const first = dayOf(momentOfUtc(override.startsAt.getTime(), zone));
    const last = dayOf(momentOfUtc(override.endsAt.getTime() - 1, zone));
    return this.repository.markSnapshotsStale(manager, override.scorecardId, first, last);
  }

  /** Overrides in effect over `days` days from `start`, with their bounds moved into org-local ms. */
  private async windows(scorecardId: number, start: Moment, zone: string, days: number) {
    const end = momentOfLocal(start.localMs + days * DAY_MS, zone);
    const rows = await this.repository.activeBetween(scorecardId, new Date(start.utcMs), new Date(end.utcMs));
    return rows.map((entity) => ({ entity, window: toWindow(entity, zone) }));
  }
}

function toWindow(entity: ProfileOverrideEntity, zone: string): OverrideWindow {
  return {
    id: entity.id, profile: entity.profile, reason: entity.reason,
    startLocalMs: momentOfUtc(entity.startsAt.getTime(), zone).localMs,
    endLocalMs: momentOfUtc(entity.endsAt.getTime(), zone).localMs,
  };
}

function toDecision(stretch: ProfileStretch, zone: string): ProfileDecision {
  return {
    from: isoInZone(momentOfLocal(stretch.startLocalMs, zone).utcMs, zone),
    to: isoInZone(momentOfLocal(stretch.endLocalMs, zone).utcMs, zone),
    fromLocalMs: stretch.startLocalMs,
    toLocalMs: stretch.endLocalMs,
    profile: stretch.profile?.key ?? null,
    label: stretch.profile?.label ?? null,
    source: stretch.source,
    override: stretch.override ? { id: stretch.override.id, reason: stretch.override.reason } : null,
  };
}
