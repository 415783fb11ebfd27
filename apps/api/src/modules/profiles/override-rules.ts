import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { InvalidInputException, type FieldError } from '../../common/domain.exception';
import { parseInput } from '../../common/validation';
import { dayOf, isoInZone, parseMoment, type Moment } from '../scorecards/org-time';
import { NoVersionInForceException } from '../scorecards/scorecards.exception';
import { ScorecardsService, type StoredVersion } from '../scorecards/scorecards.service';
import type { ProfileOverrideEntity } from './profile-override.entity';
import { ProfileErrorCode, ProfileException, UnknownProfileException } from './profiles.exception';

// The rules an override must pass before it is stored: readable times with from < to, a reason, and a profile
// that exists in every scorecard version that will be in force while the override lasts.

export interface OverrideInput {
  scorecard: string;
  profile: string;
  /** a timestamp (with an offset, or wall clock in the organisation's zone) or a day (its local midnight) */
  from: string;
  /** exclusive, same forms as `from` */
  to: string;
  reason: string;
}

export interface ValidOverride {
  profile: string;
  reason: string;
  from: Moment;
  to: Moment;
  startsAt: Date;
  endsAt: Date;
}

const TextSchema = z.object({
  profile: z.string().trim().min(1, 'required').max(200),
  reason: z.string().trim().min(1, 'required: say why the profile is switched').max(1000),
});

@Injectable()
export class OverrideRules {
  constructor(private readonly scorecards: ScorecardsService) {}

  parse(input: OverrideInput, zone: string): ValidOverride {
    const text = parseInput(TextSchema, { profile: input.profile, reason: input.reason });
    const errors: FieldError[] = [];
    const from = this.tryMoment(input.from, 'from', zone, errors);
    const to = this.tryMoment(input.to, 'to', zone, errors);
    if (from && to && to.utcMs <= from.utcMs) errors.push({ path: 'to', message: 'must be after from (to is exclusive)' });
    if (errors.length > 0 || !from || !to) throw new InvalidInputException(errors);
    return { ...text, from, to, startsAt: new Date(from.utcMs), endsAt: new Date(to.utcMs) };
  }

  parseMoment(text: string, path: string, zone: string): Moment {
    const errors: FieldError[] = [];
    const moment = this.tryMoment(text, path, zone, errors);
    if (!moment) throw new InvalidInputException(errors);
    return moment;
  }

  /** The version in force on the day of `moment`, or SCORECARD_NO_VERSION_IN_FORCE. */
  async versionAt(key: string, moment: Moment): Promise<StoredVersion> {
    const stored = await this.scorecards.versionInForce(key, dayOf(moment));
    if (!stored) throw new NoVersionInForceException(key, dayOf(moment));
    return stored;
  }

  /** The profile exists in the version in force at `from` and in every version taking over before `to`. */
  async assertProfileKnown(atFrom: StoredVersion, override: ValidOverride): Promise<void> {
    const lastDay = dayOf({ utcMs: override.to.utcMs - 1, localMs: override.to.localMs - 1 });
    const governing = await this.scorecards.versionsInForceBetween(atFrom.scorecard.key, dayOf(override.from), lastDay);
    for (const stored of governing) {
      const profiles = this.scorecards.compiledOf(stored).profiles.map((p) => p.key);
      if (!profiles.includes(override.profile)) {
        throw new UnknownProfileException(stored.scorecard.key, stored.version.version, override.profile, profiles);
      }
    }
  }

  overlapError(overlapping: readonly ProfileOverrideEntity[], zone: string): ProfileException {
    const list = overlapping.map((o) =>
      `#${o.id} ${o.profile} ${isoInZone(o.startsAt.getTime(), zone)}..${isoInZone(o.endsAt.getTime(), zone)}`).join(', ');
    return new ProfileException(ProfileErrorCode.Overlaps,
      `another override is in effect for part of this time (${list}): clear it first`,
      { overrides: overlapping.map((o) => String(o.id)) });
  }

  private tryMoment(text: string, path: string, zone: string, errors: FieldError[]): Moment | null {
    const moment = parseMoment(text, zone);
    if (!moment) {
      errors.push({
        path,
        message: `expected a time such as 2021-03-08T09:00:00+08:00, 2021-03-08T09:00 (organisation time) or 2021-03-08, got '${text}'`,
      });
    }
    return moment;
  }
}
