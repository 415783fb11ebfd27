import { DomainException } from '../../common/domain.exception';

/** Error codes of the profiles context (GraphQL `extensions.code`). */
export const ProfileErrorCode = {
  /** the profile is not written in the scorecard version(s) in force over the override's time */
  Unknown: 'PROFILE_UNKNOWN',
  /** another override in effect already covers part of the time: clear it first */
  Overlaps: 'PROFILE_OVERRIDE_OVERLAPS',
} as const;

export class ProfileException extends DomainException {}

export class UnknownProfileException extends ProfileException {
  constructor(key: string, version: number, profile: string, known: readonly string[]) {
    super(ProfileErrorCode.Unknown,
      `scorecard ${key} version ${version} has no profile ${profile}: it has ${known.join(', ') || 'none'}`,
      { key, version, profile, known });
  }
}
