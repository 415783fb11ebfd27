import { DomainException } from '../../common/domain.exception';

export const FieldsErrorCode = {
  NameTaken: 'FIELD_NAME_TAKEN',
} as const;

export class FieldsException extends DomainException {}
