import { DomainException } from '../../common/domain.exception';

/** Error codes of the scoring context (GraphQL `extensions.code`). */
export const ScoringErrorCode = {
  /** `scores` lists agents; the scorecard scores teams or groups (use teamScores) */
  SubjectMismatch: 'SCORE_SUBJECT_MISMATCH',
  /** the roster cannot be scored as stored (a date the engine refuses) */
  RosterInvalid: 'SCORE_ROSTER_INVALID',
} as const;

export class ScoringException extends DomainException {}
