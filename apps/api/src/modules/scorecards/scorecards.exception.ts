import type { Diagnostic } from '@yardstick/dsl';
import { CommonErrorCode, DomainException } from '../../common/domain.exception';

/** Error codes of the scorecards context (GraphQL `extensions.code`). */
export const ScorecardErrorCode = {
  /** the source has errors: `extensions.diagnostics` lists them, exactly as `yardstick check --json` does */
  Invalid: 'SCORECARD_INVALID',
  Exists: 'SCORECARD_EXISTS',
  NoDraft: 'SCORECARD_NO_DRAFT',
  NoVersionInForce: 'SCORECARD_NO_VERSION_IN_FORCE',
  NotPublished: 'SCORECARD_VERSION_NOT_PUBLISHED',
  /** publishing would leave an override naming a profile the new version does not have */
  OverrideProfileMissing: 'SCORECARD_OVERRIDE_PROFILE_MISSING',
} as const;

export class ScorecardException extends DomainException {}

export class InvalidScorecardException extends ScorecardException {
  constructor(what: string, diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const where = first ? `: ${first.code} at ${first.span.start.line}:${first.span.start.column} ${first.message}` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super(ScorecardErrorCode.Invalid, `${what}: the source has ${errors.length} error(s)${where}${more}`, { diagnostics });
  }
}

export class ScorecardNotFoundException extends DomainException {
  constructor(key: string) {
    super(CommonErrorCode.NotFound, `scorecard ${key} does not exist or is not visible to you`, { key });
  }
}

export class VersionNotFoundException extends DomainException {
  constructor(key: string, version: number) {
    super(CommonErrorCode.NotFound, `scorecard ${key} has no version ${version}`, { key, version });
  }
}

export class NoVersionInForceException extends ScorecardException {
  constructor(key: string, day: string) {
    super(ScorecardErrorCode.NoVersionInForce,
      `scorecard ${key} has no published version in force on ${day}: publish one effective on or before that day`,
      { key, day });
  }
}
