import { DomainException } from '../../common/domain.exception';

export const TeamsErrorCode = {
  NameTaken: 'TEAM_NAME_TAKEN',
  HasAgents: 'TEAM_HAS_AGENTS',
  HasRecords: 'TEAM_HAS_RECORDS',
} as const;

export class TeamsException extends DomainException {}
