import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { IngestReport } from './ingest-report';

@ObjectType('IngestRejection', { description: 'A row that was not stored, and why.' })
export class IngestRejectionModel {
  @Field(() => Int, { description: 'CSV/NDJSON: the line the row starts on (the CSV header is line 1); GraphQL: the position in the list, from 1' })
  line: number;

  @Field(() => String, { nullable: true, description: 'the record field at fault, when one is' })
  field: string | null;

  @Field({ description: 'what is wrong, e.g. "\\"maybe\\" is not a boolean (write Y/N, yes/no, true/false or 1/0)"' })
  reason: string;

  @Field({ description: 'the same in Chinese (zh-CN), e.g. "\\"maybe\\" 不是布尔值（请写 Y/N、yes/no、true/false 或 1/0）"' })
  reasonZh: string;

  @Field({ description: 'a stable code of the problem, e.g. row.not_boolean (the message catalogue of libs/contracts)' })
  code: string;
}

@ObjectType('IngestResult', { description: 'What an ingest did. received = inserted + updated + unchanged + duplicates + rejected.' })
export class IngestResultModel {
  @Field({ description: 'the source of records that named none' }) source: string;
  @Field(() => Int, { description: 'rows received (not counting a CSV header and blank lines)' }) received: number;
  @Field(() => Int, { description: 'new records stored' }) inserted: number;
  @Field(() => Int, { description: 'stored records replaced by a different or newer version' }) updated: number;
  @Field(() => Int, { description: 'records already stored as sent, or older versions than the stored ones' }) unchanged: number;
  @Field(() => Int, { description: 'rows superseded by another row of the same request with the same source and external id' })
  duplicates: number;
  @Field(() => Int, { description: 'rows not stored because they are invalid' }) rejected: number;
  @Field(() => [IngestRejectionModel], { description: 'the rejected rows in line order, at most 1,000' }) rejections: IngestRejectionModel[];
  @Field({ description: 'true when more rows were rejected than are listed' }) rejectionsTruncated: boolean;
  @Field(() => Int, { description: 'score snapshot periods marked stale because their records changed' }) staleSnapshotRuns: number;
  @Field(() => String, { nullable: true, description: 'earliest occurred_at touched (ISO instant), null when nothing changed' })
  firstOccurredAt: string | null;
  @Field(() => String, { nullable: true, description: 'latest occurred_at touched (ISO instant)' }) lastOccurredAt: string | null;
}

export function toIngestResultModel(report: IngestReport): IngestResultModel {
  return {
    source: report.source, received: report.received, inserted: report.inserted, updated: report.updated,
    unchanged: report.unchanged, duplicates: report.duplicates, rejected: report.rejected,
    rejections: report.rejections.map((r) => ({ ...r })), rejectionsTruncated: report.rejectionsTruncated,
    staleSnapshotRuns: report.staleSnapshotRuns, firstOccurredAt: report.firstOccurredAt, lastOccurredAt: report.lastOccurredAt,
  };
}
