import { DomainException } from '../../common/domain.exception';

export const AgentsErrorCode = {
  ExternalIdTaken: 'AGENT_EXTERNAL_ID_TAKEN',
  HasRecords: 'AGENT_HAS_RECORDS',
  HasLogin: 'AGENT_HAS_LOGIN',
} as const;

export class AgentsException extends DomainException {}
