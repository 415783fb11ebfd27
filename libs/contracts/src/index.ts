export { IsoDateSchema, DecimalStringSchema, ScalarSchema, type Scalar } from './scalar.schema';
export { InteractionRecordInputSchema, BUILTIN_RECORD_FIELDS, type InteractionRecordInput } from './record.schema';
export { AgentRowSchema, AGENT_COLUMNS, type AgentRow } from './agent.schema';
export {
  TargetResultSchema, SubjectScoreSchema, SegmentSchema, ReadSummarySchema, ScoreReportJsonSchema,
  type TargetResultJson, type SubjectScoreJson, type ReadSummary, type ScoreReportJson,
} from './score-result.schema';
export * from './records';
export * from './messages';
export type { IngestRejection, IngestReport } from './ingest-report';
