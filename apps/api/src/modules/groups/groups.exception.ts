import { DomainException } from '../../common/domain.exception';

export const GroupsErrorCode = {
  NameTaken: 'GROUP_NAME_TAKEN',
  HasTeams: 'GROUP_HAS_TEAMS',
} as const;

export class GroupsException extends DomainException {}
