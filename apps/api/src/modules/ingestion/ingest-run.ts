import { RowProblem, type IngestRejection, type MappedRecord } from '@yardstick/contracts';
import type { MappedItem } from './ingest-items';
import type { RecordDirectory } from './record-directory';
import type { StagedRecord } from './direct-rows';
import type { StagingEncoder } from './staging-row';

// The middle of an ingest: mapped records are checked against the organisation (the agent exists, the named
// team exists) and against what PostgreSQL can store, and counted; every problem becomes a rejection with its line. Memory stays
// flat: one chunk at a time, and at most MAX_LISTED rejections are kept (the rest only counted).

export type Rejection = IngestRejection;

export const MAX_LISTED = 1_000;

export class RejectionLog {
  readonly listed: Rejection[] = [];
  count = 0;

  add(line: number, problem: RowProblem): void {
    this.count += 1;
    if (this.listed.length >= MAX_LISTED) return;
    this.listed.push({ line, field: problem.field ?? null, code: problem.code, reason: problem.reason, reasonZh: problem.reasonZh });
  }
}

export class IngestRun {
  /** data rows met: records, rejected rows and malformed lines (not the header, not blank lines) */
  received = 0;
  staged = 0;
  readonly rejections = new RejectionLog();
  /** the agents and teams the staged records refer to (locked before the merge: interactions has no foreign keys) */
  readonly agentIds = new Set<number>();
  readonly teamIds = new Set<number>();

  constructor(private readonly directory: RecordDirectory) {}

  /** The records of each chunk that can be stored, resolved; every other item becomes a rejection. */
  async *validated(chunks: AsyncIterable<MappedItem[]>, encoder: StagingEncoder): AsyncGenerator<StagedRecord[]> {
    for await (const items of chunks) {
      this.received += items.length;
      await this.directory.prepare(recordsOf(items));
      const staged: StagedRecord[] = [];
      for (const item of items) {
        const result = item.record ? this.stage(item.line, item.record, encoder) : (item.problem as RowProblem);
        if (result instanceof RowProblem) this.rejections.add(item.line, result);
        else staged.push(result);
      }
      this.staged += staged.length;
      if (staged.length > 0) yield staged;
    }
  }

  private stage(line: number, record: MappedRecord, encoder: StagingEncoder): StagedRecord | RowProblem {
    const agentId = record.agent as string;
    const agent = this.directory.agent(agentId);
    if (!agent) return new RowProblem('row.unknown_agent', { agent: JSON.stringify(agentId) }, 'agent');
    const teamName = record.team;
    let teamId = agent.teamId;
    if (typeof teamName === 'string') {
      const named = this.directory.team(teamName);
      if (named === undefined) return new RowProblem('row.unknown_team', { team: JSON.stringify(teamName) }, 'team');
      teamId = named;
    }
    const checked = encoder.validate(record);
    if (checked instanceof RowProblem) return checked;
    this.agentIds.add(agent.id);
    if (teamId !== null) this.teamIds.add(teamId);
    return { line, record, identity: { agentId: agent.id, teamId }, custom: checked.custom };
  }
}

/** COPY text for the staging table, one string per chunk. */
export async function* stagingText(chunks: AsyncIterable<readonly StagedRecord[]>, encoder: StagingEncoder): AsyncGenerator<string> {
  for await (const records of chunks) {
    let text = '';
    for (const r of records) text += encoder.encode(r.line, r.record, r.identity, r.custom);
    if (text !== '') yield text;
  }
}

function recordsOf(items: readonly MappedItem[]): MappedRecord[] {
  const records: MappedRecord[] = [];
  for (const item of items) if (item.record) records.push(item.record);
  return records;
}
