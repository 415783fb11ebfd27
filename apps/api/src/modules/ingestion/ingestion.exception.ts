import { formatMessage, type MessageCode } from '@yardstick/contracts';
import { DomainException } from '../../common/domain.exception';

export const IngestionErrorCode = {
  /** the body is neither CSV nor NDJSON, or uses a charset or encoding other than UTF-8 / gzip */
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  /** the request's options or the body's header cannot be mapped to records (400) */
  BadRequest: 'BAD_USER_INPUT',
  /** the connection ended before the whole body arrived: nothing of the request was stored */
  Aborted: 'INGEST_ABORTED',
  /** a concurrent change (an agent deleted, a deadlock with another ingest) undid the request: retry it */
  Conflict: 'INGEST_CONFLICT',
  /** too many ingests are streaming at once */
  Busy: 'RATE_LIMITED',
  MappingNameTaken: 'COLUMN_MAPPING_NAME_TAKEN',
} as const;

const STATUS: Record<string, number> = { UNSUPPORTED_MEDIA_TYPE: 415, INGEST_ABORTED: 400, INGEST_CONFLICT: 409 };

const MESSAGE_OF_CODE: Readonly<Record<string, MessageCode>> = {
  UNSUPPORTED_MEDIA_TYPE: 'ingest.unsupported_media_type', BAD_USER_INPUT: 'ingest.bad_request', INGEST_ABORTED: 'ingest.aborted',
  INGEST_CONFLICT: 'ingest.conflict', RATE_LIMITED: 'ingest.busy', COLUMN_MAPPING_NAME_TAKEN: 'ingest.mapping_name_taken',
};

/** A refused ingest request; `messageZh` (in the HTTP `error` and the GraphQL extensions) says it in Chinese. */
export class IngestionException extends DomainException {
  constructor(code: string, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(code, message, { ...details, messageZh: formatMessage(MESSAGE_OF_CODE[code] ?? 'ingest.bad_request', { detail: message }, 'zh') });
  }

  override get httpStatus(): number {
    return STATUS[this.code] ?? super.httpStatus;
  }
}

export function badIngestRequest(message: string, details: Readonly<Record<string, unknown>> = {}): IngestionException {
  return new IngestionException(IngestionErrorCode.BadRequest, message, details);
}
