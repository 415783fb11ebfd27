import { Injectable } from '@nestjs/common';
import type { CompiledScorecard } from '@yardstick/dsl';
import { ProfileError, type Period } from '@yardstick/engine';
import type { Caller } from '../../common/caller';
import { OrganisationService } from '../organisation/organisation.service';
import { UnknownProfileException } from '../profiles/profiles.exception';
import { profileTimeline, type OverrideWindow } from '../profiles/profile-timeline';
import { ProfilesService } from '../profiles/profiles.service';
import { NoVersionInForceException, ScorecardNotFoundException, VersionNotFoundException } from '../scorecards/scorecards.exception';
import { ScorecardsService, type StoredVersion } from '../scorecards/scorecards.service';
import type { ScoreJob } from './score-computer';
import { decidedPlan, explicitPlan, type ScoringPlan } from './score-plan';
import type { SnapshotKey } from './snapshots.repository';

// Which version and which profiles score a scorecard over a period, and under which key its results are stored.
//   version: the one asked for (a number; drafts only for callers who may read drafts), else the published
//            version in force on the period's LAST day, which then scores the whole period;
//   profile: the one asked for, for the whole period; else as ProfilesService decides day by day (override >
//            schedule > default), in segments when the period straddles a switch. Stored under profile ''.

/** Which version scores the period and where its results are stored: all a reader of stored results needs. */
export interface RunHead {
  readonly stored: StoredVersion;
  readonly compiled: CompiledScorecard;
  readonly period: Period;
  readonly key: SnapshotKey;
  /** drafts change in place, so their results are computed per request and never stored */
  readonly storable: boolean;
}

/** A run with its profile plan (the organisation's zone, overrides and schedule read): what computing needs. */
export interface ScoreRun extends RunHead {
  readonly zone: string;
  readonly plan: ScoringPlan;
}

export interface RunChoice {
  readonly scorecard: string;
  readonly period: Period;
  readonly profile?: string | null;
  readonly version?: number | null;
}

@Injectable()
export class ScoreRuns {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly profiles: ProfilesService,
    private readonly organisation: OrganisationService,
  ) {}

  /** The run a caller asks for; a scorecard or version the caller may not see is NOT_FOUND. */
  async forCaller(caller: Caller, choice: RunChoice): Promise<ScoreRun> {
    return this.planned(await this.headFor(caller, choice));
  }

  /**
   * The version and storage key of the run a caller asks for, without its profile plan: reading fresh stored
   * results needs no more (one statement for the default choice). `planned` completes it when it must be computed.
   */
  async headFor(caller: Caller, choice: RunChoice): Promise<RunHead> {
    if (choice.version !== undefined && choice.version !== null) {
      const scorecard = await this.scorecards.find(caller, choice.scorecard);
      if (!scorecard) throw new ScorecardNotFoundException(choice.scorecard);
      const view = await this.scorecards.version(caller, scorecard, choice.version);
      if (!view) throw new VersionNotFoundException(choice.scorecard, choice.version);
      return this.headOf({ scorecard, version: view.version }, choice.period, choice.profile);
    }
    let stored: StoredVersion;
    try {
      // a version in force is published, so every reader may see it: no separate visibility check on this path
      stored = await this.scorecards.resolveVersion(choice.scorecard, { day: choice.period.to });
    } catch (error) {
      // …but a scorecard never published is hidden from readers of published rules: they learn nothing of it
      if (error instanceof NoVersionInForceException && !(await this.scorecards.find(caller, choice.scorecard))) {
        throw new ScorecardNotFoundException(choice.scorecard);
      }
      throw error;
    }
    return this.headOf(stored, choice.period, choice.profile);
  }

  /** The run of a stored version (no caller: for refreshing stored results). */
  forStored(stored: StoredVersion, period: Period, profile?: string | null): Promise<ScoreRun> {
    return this.planned(this.headOf(stored, period, profile));
  }

  /** The head with its profile plan: the organisation's zone, and the overrides and schedule over the period. */
  async planned(head: RunHead): Promise<ScoreRun> {
    const profile = head.key.profile === '' ? null : head.key.profile;
    return { ...head, ...(await this.plan(head.stored, head.compiled, head.period, profile)) };
  }

  private headOf(stored: StoredVersion, period: Period, profile?: string | null): RunHead {
    return {
      stored, compiled: this.scorecards.compiledOf(stored), period, storable: stored.version.status !== 'draft',
      key: { versionId: stored.version.id, profile: profile ?? '', from: period.from, to: period.to },
    };
  }

  /** The run stored under a key (scorecard key and version number as the refresher reads them). */
  async forKey(scorecard: string, version: number, key: SnapshotKey): Promise<ScoreRun> {
    const stored = await this.scorecards.resolveVersion(scorecard, { version });
    return this.forStored(stored, { from: key.from, to: key.to }, key.profile === '' ? null : key.profile);
  }

  /**
   * The profile plan of a source that is not stored (simulate): its own schedule and default, with the overrides
   * the published version is scored under laid over it wherever the source has the override's profile.
   */
  draftPlan(compiled: CompiledScorecard, period: Period, published: ScoreRun | null): ScoringPlan {
    const windows: OverrideWindow[] = (published?.plan.segments ?? []).flatMap((segment, i) => {
      const decided = published?.plan.sources[i];
      const key = segment.profile?.key;
      if (decided?.source !== 'override' || !decided.override || !compiled.profiles.some((p) => p.key === key)) return [];
      return [{ ...decided.override, profile: key ?? '', startLocalMs: segment.startMs, endLocalMs: segment.endMs }];
    });
    const stretches = profileTimeline(compiled, period, windows).map((s) => ({
      fromLocalMs: s.startLocalMs, toLocalMs: s.endLocalMs, profile: s.profile?.key ?? null, source: s.source,
      override: s.override ? { id: s.override.id, reason: s.override.reason } : null,
    }));
    return decidedPlan(compiled, period, stretches);
  }

  private async plan(
    stored: StoredVersion, compiled: CompiledScorecard, period: Period, profile?: string | null,
  ): Promise<{ plan: ScoringPlan; zone: string }> {
    if (profile !== undefined && profile !== null) {
      try {
        return { plan: explicitPlan(compiled, period, profile), zone: await this.organisation.timeZone() };
      } catch (error) {
        if (error instanceof ProfileError) throw new UnknownProfileException(stored.scorecard.key, stored.version.version, profile, error.known);
        throw error;
      }
    }
    const decisions = await this.profiles.decisionsFor(stored, period);
    return { plan: decidedPlan(compiled, period, decisions.stretches), zone: decisions.timeZone };
  }

  /** The job the computer runs for a run. */
  static job(run: ScoreRun, source = run.stored.version.source): ScoreJob {
    return {
      key: run.stored.scorecard.key, version: run.stored.version.version, source,
      plan: run.plan, period: run.period, zone: run.zone,
    };
  }
}
