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

export class IngestionException extends DomainException {
  override get httpStatus(): number {
    return STATUS[this.code] ?? super.httpStatus;
  }
}

export function badIngestRequest(message: string, details: Readonly<Record<string, unknown>> = {}): IngestionException {
  return new IngestionException(IngestionErrorCode.BadRequest, message, details);
}
