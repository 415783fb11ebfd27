import { Injectable } from '@nestjs/common';
import type { CompiledScorecard, Diagnostic } from '@yardstick/dsl';
import type { Caller } from '../../common/caller';
import { z } from 'zod';
import { InvalidInputException } from '../../common/domain.exception';
import { IdSchema, likePattern, parseId } from '../../common/ids';
import { parsePaging, stripNulls, type ListArgs } from '../../common/list.args';
import { parseInput } from '../../common/validation';
import { assertCan, can } from '../auth/access.policy';
import { OrganisationService } from '../organisation/organisation.service';
import { dayOf, isDay, momentOfUtc } from './org-time';
import { ScorecardCompiler } from './scorecard-compiler';
import { analyseSource, languageDiagnostics, MAX_STORED_SOURCE } from './scorecard-source';
import type { ScorecardEntity, ScorecardVersionEntity } from './scorecards.entity';
import {
  NoVersionInForceException, ScorecardNotFoundException, VersionNotFoundException,
} from './scorecards.exception';
import { ScorecardsRepository } from './scorecards.repository';

// Reading scorecards and their versions, for callers (access checked first) and for the other services that
// score with them (versionInForce, compiledVersion: no caller, those services check access themselves).

/** A version together with the scorecard it belongs to. */
export interface StoredVersion {
  readonly scorecard: ScorecardEntity;
  readonly version: ScorecardVersionEntity;
}

/** A version as a reader sees it: with the display name of its author. */
export interface VersionView extends StoredVersion {
  readonly author: string | null;
}

/** Which version: a version number, else the one in force on a day (`YYYY-MM-DD`, org zone), else today's. */
export interface VersionChoice {
  readonly version?: number | null;
  readonly day?: string | null;
}

const SCORECARD_SORT = ['key', 'label', 'id', 'createdAt'] as const;
const FilterSchema = z.object({ q: z.string().trim().max(200).optional(), ids: z.array(IdSchema).max(1000).optional() });

export interface ScorecardFilterInput {
  q?: string | null;
  ids?: readonly (string | number)[] | null;
}

@Injectable()
export class ScorecardsService {
  constructor(
    private readonly repository: ScorecardsRepository,
    private readonly organisation: OrganisationService,
    private readonly compiler: ScorecardCompiler,
  ) {}

  /** The CLI's diagnostics for a source; with `key`, also the storage rules of saving it as that scorecard. */
  validate(caller: Caller, source: string, key?: string | null): readonly Diagnostic[] {
    assertCan(caller, 'scorecards:read');
    assertSourceSize(source);
    return key ? analyseSource(source, key).diagnostics : languageDiagnostics(source);
  }

  async list(caller: Caller, args: ListArgs, filter: ScorecardFilterInput = {}): Promise<{ rows: ScorecardEntity[]; count: number }> {
    assertCan(caller, 'scorecards:read');
    const parsed = parseInput(FilterSchema, stripNulls(filter));
    return this.repository.list({
      q: parsed.q ? likePattern(parsed.q) : undefined,
      ids: parsed.ids,
      publishedOnly: !can(caller, 'scorecards:drafts'),
      ...parsePaging(args, SCORECARD_SORT, 'key'),
    });
  }

  /** null when the scorecard does not exist or the caller may not see it (the two are not told apart). */
  async find(caller: Caller, key: string): Promise<ScorecardEntity | null> {
    assertCan(caller, 'scorecards:read');
    return this.visible(caller, await this.repository.findByKey(key));
  }

  async findById(caller: Caller, id: string | number): Promise<ScorecardEntity | null> {
    assertCan(caller, 'scorecards:read');
    return this.visible(caller, await this.repository.findById(parseId(id)));
  }

  /** Versions newest first; drafts only for callers who may read them. */
  async versions(caller: Caller, scorecard: ScorecardEntity): Promise<VersionView[]> {
    assertCan(caller, 'scorecards:read');
    const versions = await this.repository.versions(scorecard.id, can(caller, 'scorecards:drafts'));
    return this.withAuthors(scorecard, versions);
  }

  /** null when there is no such version or it is a draft the caller may not read. */
  async version(caller: Caller, scorecard: ScorecardEntity, number: number): Promise<VersionView | null> {
    assertCan(caller, 'scorecards:read');
    const version = await this.repository.version(scorecard.id, number);
    if (!version || (version.status === 'draft' && !can(caller, 'scorecards:drafts'))) return null;
    return (await this.withAuthors(scorecard, [version]))[0];
  }

  async draft(caller: Caller, scorecard: ScorecardEntity): Promise<VersionView | null> {
    assertCan(caller, 'scorecards:read');
    if (!can(caller, 'scorecards:drafts')) return null;
    const draft = await this.repository.draft(scorecard.id);
    return draft ? (await this.withAuthors(scorecard, [draft]))[0] : null;
  }

  /** The version in force on `day` (default: today in the organisation's zone), or null. */
  async inForceFor(caller: Caller, scorecard: ScorecardEntity, day?: string | null): Promise<VersionView | null> {
    assertCan(caller, 'scorecards:read');
    const version = await this.repository.inForce(scorecard.id, day ? parseDay(day, 'day') : await this.today());
    return version ? (await this.withAuthors(scorecard, [version]))[0] : null;
  }

  /** The display name of a version's author (null: written by the system, or the user is gone). */
  async authorName(authorId: number | null): Promise<string | null> {
    return authorId === null ? null : ((await this.repository.userNames([authorId])).get(authorId) ?? null);
  }

  /** Today in the organisation's time zone. */
  async today(): Promise<string> {
    return dayOf(momentOfUtc(Date.now(), await this.organisation.timeZone()));
  }

  // ---- for the services that score (no caller: they check access themselves)

  /** The published version in force on `day`: the greatest effective_from ≤ day, ties to the higher version. */
  async versionInForce(key: string, day: string): Promise<StoredVersion | null> {
    const scorecard = await this.repository.findByKey(key);
    if (!scorecard) throw new ScorecardNotFoundException(key);
    const version = await this.repository.inForce(scorecard.id, parseDay(day, 'day'));
    return version ? { scorecard, version } : null;
  }

  /**
   * Every published version in force on some day of [fromDay, lastDay], in order: the one in force on fromDay
   * (when any), then each that takes over later. A period that straddles a new version is scored by each.
   */
  async versionsInForceBetween(key: string, fromDay: string, lastDay: string): Promise<StoredVersion[]> {
    const scorecard = await this.repository.findByKey(key);
    if (!scorecard) throw new ScorecardNotFoundException(key);
    const first = await this.repository.inForce(scorecard.id, parseDay(fromDay, 'from'));
    const later = await this.repository.effectiveBetween(scorecard.id, fromDay, parseDay(lastDay, 'to'));
    return [...(first ? [first] : []), ...later].map((version) => ({ scorecard, version }));
  }

  /** The version asked for: by number (a draft too), else the one in force on `day` (default today). */
  async resolveVersion(key: string, choice: VersionChoice = {}): Promise<StoredVersion> {
    if ((choice.version === undefined || choice.version === null) && choice.day) {
      const day = parseDay(choice.day, 'day');
      const found = await this.repository.inForceByKey(key, day);
      if (!found) throw new ScorecardNotFoundException(key);
      if (!found.version) throw new NoVersionInForceException(key, day);
      return { scorecard: found.scorecard, version: found.version };
    }
    const scorecard = await this.repository.findByKey(key);
    if (!scorecard) throw new ScorecardNotFoundException(key);
    if (choice.version !== undefined && choice.version !== null) {
      const version = await this.repository.version(scorecard.id, choice.version);
      if (!version) throw new VersionNotFoundException(key, choice.version);
      return { scorecard, version };
    }
    const day = choice.day ? parseDay(choice.day, 'day') : await this.today();
    const version = await this.repository.inForce(scorecard.id, day);
    if (!version) throw new NoVersionInForceException(key, day);
    return { scorecard, version };
  }

  /** The compiled scorecard of the version asked for (cached by version id). */
  async compiledVersion(key: string, choice: VersionChoice = {}): Promise<CompiledScorecard> {
    return this.compiledOf(await this.resolveVersion(key, choice));
  }

  compiledOf(stored: StoredVersion): CompiledScorecard {
    return this.compiler.compiled(stored.scorecard.key, stored.version);
  }

  private async visible(caller: Caller, scorecard: ScorecardEntity | null): Promise<ScorecardEntity | null> {
    if (!scorecard) return null;
    // readers of published rules only do not learn that a never-published scorecard exists
    if (!can(caller, 'scorecards:drafts') && (await this.repository.versions(scorecard.id, false)).length === 0) return null;
    return scorecard;
  }

  private async withAuthors(scorecard: ScorecardEntity, versions: ScorecardVersionEntity[]): Promise<VersionView[]> {
    const names = await this.repository.userNames(versions.flatMap((v) => (v.authorId === null ? [] : [v.authorId])));
    return versions.map((version) => ({
      scorecard, version, author: version.authorId === null ? null : (names.get(version.authorId) ?? null),
    }));
  }
}

/** A day `YYYY-MM-DD` or BAD_USER_INPUT naming `path`. */
export function parseDay(text: string, path: string): string {
  const day = text.trim();
  if (!isDay(day)) throw new InvalidInputException([{ path, message: `expected a day such as 2021-03-01, got '${text}'` }]);
  return day;
}

export function assertSourceSize(source: string): void {
  if (source.length > MAX_STORED_SOURCE) {
    throw new InvalidInputException([{
      path: 'source', message: `the source is ${source.length} characters; the service stores at most ${MAX_STORED_SOURCE}`,
    }]);
  }
}
