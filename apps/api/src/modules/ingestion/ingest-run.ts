import { RowProblem, type MappedRecord } from '@yardstick/contracts';
import type { MappedItem } from './ingest-items';
import type { RecordDirectory } from './record-directory';
import type { StagingEncoder } from './staging-row';

// The middle of an ingest: mapped records are checked against the organisation (the agent exists, the named
// team exists), turned into COPY lines and counted; every problem becomes a rejection with its line. Memory stays
// flat: one chunk at a time, and at most MAX_LISTED rejections are kept (the rest only counted).

export interface Rejection {
  readonly line: number;
  readonly field: string | null;
  readonly reason: string;
}

export const MAX_LISTED = 1_000;

export class RejectionLog {
  readonly listed: Rejection[] = [];
  count = 0;

  add(line: number, problem: RowProblem): void {
    this.count += 1;
    if (this.listed.length >= MAX_LISTED) return;
    const reason = problem.field === undefined ? problem.reason : problem.toString().slice(problem.field.length + 2);
    this.listed.push({ line, field: problem.field ?? null, reason });
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

  /** COPY text for the staging table, one string per chunk, validating as it goes. */
  async *copyText(chunks: AsyncIterable<MappedItem[]>, encoder: StagingEncoder): AsyncGenerator<string> {
    for await (const items of chunks) {
      this.received += items.length;
      await this.directory.prepare(recordsOf(items));
      const lines: string[] = [];
      for (const item of items) {
        const line = item.record ? this.stage(item.line, item.record, encoder) : (item.problem as RowProblem);
        if (typeof line === 'string') lines.push(line);
        else this.rejections.add(item.line, line);
      }
      this.staged += lines.length;
      if (lines.length > 0) yield lines.join('');
    }
  }

  private stage(line: number, record: MappedRecord, encoder: StagingEncoder): string | RowProblem {
    const agentId = record.agent as string;
    const agent = this.directory.agent(agentId);
    if (!agent) return new RowProblem(`no agent has the external id ${JSON.stringify(agentId)}: create the agent first`, 'agent');
    const teamName = record.team;
    let teamId = agent.teamId;
    if (typeof teamName === 'string') {
      const named = this.directory.team(teamName);
      if (named === undefined) return new RowProblem(`no team is called ${JSON.stringify(teamName)}`, 'team');
      teamId = named;
    }
    const encoded = encoder.encode(line, record, { agentId: agent.id, teamId });
    if (typeof encoded === 'string') {
      this.agentIds.add(agent.id);
      if (teamId !== null) this.teamIds.add(teamId);
    }
    return encoded;
  }
}

function recordsOf(items: readonly MappedItem[]): MappedRecord[] {
  const records: MappedRecord[] = [];
  for (const item of items) if (item.record) records.push(item.record);
  return records;
}
