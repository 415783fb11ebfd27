export { IsoDateSchema, DecimalStringSchema, ScalarSchema, type Scalar } from './scalar.schema';
export { InteractionRecordInputSchema, BUILTIN_RECORD_FIELDS, type InteractionRecordInput } from './record.schema';
export { AgentRowSchema, AGENT_COLUMNS, type AgentRow } from './agent.schema';
export {
  TargetResultSchema, SubjectScoreSchema, SegmentSchema, ReadSummarySchema, ScoreReportJsonSchema,
  type TargetResultJson, type SubjectScoreJson, type ReadSummary, type ScoreReportJson,
} from './score-result.schema';
export { normaliseHeader, findColumn } from './records/header';
export {
  readNumber, readBoolean, readDuration, readPercent, coercerFor, coerceJsonValue, quoteRaw, INVALID_REASON,
  type Coercer, type TimestampReader,
} from './records/value-coercion';
export {
  csvRowMapper, jsonRecordMapper, columnList, MappingError, RowProblem,
  type FieldSpec, type MappingOptions, type CsvRowMapper, type JsonRecordMapper, type MappedRecord,
} from './records/record-mapper';
export { malformedCsvRows, newlinesIn, type CsvParseError } from './records/csv-rows';
export { readNdjsonLine, type NdjsonLine } from './records/ndjson-line';
