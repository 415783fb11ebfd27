// `@yardstick/contracts/records`: reading records from files and payloads (headers, cell coercion, column plans,
// CSV line bookkeeping, NDJSON lines) without the zod schemas of the package's main entry, so a reader such as the
// CLI loads only these rules.

export { normaliseHeader, findColumn } from './header';
export {
  readNumber, readBoolean, readDuration, readPercent, coercerFor, coerceJsonValue, quoteRaw, INVALID_REASON,
  type Coercer, type TimestampReader,
} from './value-coercion';
export {
  csvRowMapper, jsonRecordMapper, columnList, MappingError, RowProblem,
  type ColumnBinding, type FieldSpec, type MappingOptions, type CsvRowMapper, type JsonRecordMapper, type MappedRecord,
} from './record-mapper';
export { malformedCsvRows, newlinesIn, type CsvParseError } from './csv-rows';
export { readNdjsonLine, type NdjsonLine } from './ndjson-line';
