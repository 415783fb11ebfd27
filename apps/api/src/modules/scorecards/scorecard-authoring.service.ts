import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller';
import { assertCan } from '../auth/access.policy';
import { OrganisationService } from '../organisation/organisation.service';
import { isoInZone, startOfDay } from './org-time';
import { analyseSource } from './scorecard-source';
import type { ScorecardEntity, ScorecardVersionEntity } from './scorecards.entity';
import {
  InvalidScorecardException, ScorecardErrorCode, ScorecardException, ScorecardNotFoundException, VersionNotFoundException,
} from './scorecards.exception';
import { DuplicateKeyError, ScorecardsRepository } from './scorecards.repository';
import { assertSourceSize, parseDay } from './scorecards.service';

// Writing scorecards: create, the one draft, publish, retire. Every change runs in a transaction holding the
// scorecard's row lock, so two admins publishing at once get consecutive versions, never the same one.
// Published versions are never written again here (and a trigger in the database refuses it anyway).

@Injectable()
export class ScorecardAuthoringService {
  constructor(private readonly repository: ScorecardsRepository, private readonly organisation: OrganisationService) {}

  /** A new scorecard whose key and label come from the source; version 1 is its draft. Refused with errors. */
  async create(caller: Caller, source: string): Promise<{ scorecard: ScorecardEntity; draft: ScorecardVersionEntity }> {
    assertCan(caller, 'scorecards:write');
    assertSourceSize(source);
    const analysis = analyseSource(source);
    if (!analysis.valid || !analysis.key) throw new InvalidScorecardException('cannot create the scorecard', analysis.diagnostics);
    const key = analysis.key;
    try {
      return await this.repository.transaction(async (manager) => {
        const scorecard = await this.repository.insertScorecard(manager, key, analysis.label);
        const draft = await this.repository.insertDraft(manager, scorecard.id, source, authorOf(caller));
        return { scorecard, draft };
      });
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        throw new ScorecardException(ScorecardErrorCode.Exists,
          `scorecard ${key} already exists: save a draft of it with saveScorecardDraft instead`, { key });
      }
      throw error;
    }
  }

  /**
   * Creates or replaces the scorecard's one draft. A draft may have errors (an editor autosaves half-typed
   * text); it keeps them as diagnostics and cannot be published until they are gone.
   */
  async saveDraft(caller: Caller, key: string, source: string): Promise<ScorecardVersionEntity> {
    assertCan(caller, 'scorecards:write');
    assertSourceSize(source);
    return this.repository.transaction(async (manager) => {
      const scorecard = await this.locked(manager, key);
      const draft = await this.repository.draft(scorecard.id, manager);
      return draft
        ? this.repository.replaceDraft(manager, draft.id, source, authorOf(caller))
        : this.repository.insertDraft(manager, scorecard.id, source, authorOf(caller));
    });
  }

  /** Publishes the draft as an immutable version used for scoring from `effectiveFrom` (a day, org zone). */
  async publish(caller: Caller, key: string, effectiveFrom: string): Promise<ScorecardVersionEntity> {
    assertCan(caller, 'scorecards:publish');
    const day = parseDay(effectiveFrom, 'effectiveFrom');
    const zone = await this.organisation.timeZone();
    return this.repository.transaction(async (manager) => {
      const scorecard = await this.locked(manager, key);
      const draft = await this.repository.draft(scorecard.id, manager);
      if (!draft) {
        throw new ScorecardException(ScorecardErrorCode.NoDraft,
          `scorecard ${key} has no draft to publish: save one with saveScorecardDraft first`, { key });
      }
      // checked again now, not trusted from the last save: the language may have become stricter since
      const analysis = analyseSource(draft.source, key);
      if (!analysis.valid) throw new InvalidScorecardException(`cannot publish scorecard ${key}`, analysis.diagnostics);
      await this.assertOverridesKept(manager, scorecard, day, zone, new Set(analysis.profiles.map((p) => p.key)));
      const published = await this.repository.publish(manager, draft.id, day);
      if (analysis.label !== scorecard.label) await this.repository.updateLabel(manager, scorecard.id, analysis.label);
      return published;
    });
  }

  /** Withdraws a published version: it is never used for scoring again (an earlier one takes its days). */
  async retire(caller: Caller, key: string, version: number): Promise<ScorecardVersionEntity> {
    assertCan(caller, 'scorecards:publish');
    return this.repository.transaction(async (manager) => {
      const scorecard = await this.locked(manager, key);
      const found = await this.repository.version(scorecard.id, version, manager);
      if (!found) throw new VersionNotFoundException(key, version);
      if (found.status === 'retired') return found;
      if (found.status !== 'published') {
        throw new ScorecardException(ScorecardErrorCode.NotPublished,
          `version ${version} of scorecard ${key} is a draft: discard it with discardScorecardDraft instead`, { key, version });
      }
      return this.repository.retire(manager, found.id);
    });
  }

  /** Deletes the draft; false when there was none. */
  async discardDraft(caller: Caller, key: string): Promise<boolean> {
    assertCan(caller, 'scorecards:write');
    return this.repository.transaction(async (manager) => {
      const scorecard = await this.locked(manager, key);
      const draft = await this.repository.draft(scorecard.id, manager);
      if (!draft) return false;
      await this.repository.deleteDraft(manager, draft.id);
      return true;
    });
  }

  private async locked(manager: EntityManager, key: string): Promise<ScorecardEntity> {
    const scorecard = await this.repository.lockByKey(manager, key);
    if (!scorecard) throw new ScorecardNotFoundException(key);
    return scorecard;
  }

  /**
   * An override set for a time the new version will govern must name a profile the new version has; else the
   * admin's decision would silently stop applying. They clear or move the override first.
   */
  private async assertOverridesKept(
    manager: EntityManager, scorecard: ScorecardEntity, day: string, zone: string, profiles: ReadonlySet<string>,
  ): Promise<void> {
    const until = await this.repository.nextEffectiveFrom(manager, scorecard.id, day);
    const from = new Date(startOfDay(day, zone).utcMs);
    const to = until ? new Date(startOfDay(until, zone).utcMs) : null;
    const orphaned = (await this.repository.overridesBetween(manager, scorecard.id, from, to))
      .filter((override) => !profiles.has(override.profile));
    if (orphaned.length === 0) return;
    const list = orphaned.map((o) => `#${o.id} ${o.profile} from ${isoInZone(o.startsAt.getTime(), zone)}`).join(', ');
    throw new ScorecardException(ScorecardErrorCode.OverrideProfileMissing,
      `cannot publish scorecard ${scorecard.key} effective ${day}: overrides in its time name profiles it does not have (${list}); clear them first`,
      { key: scorecard.key, overrides: orphaned.map((o) => ({ id: String(o.id), profile: o.profile })) });
  }
}

const authorOf = (caller: Caller): number | null => (caller.kind === 'user' ? caller.userId : null);
