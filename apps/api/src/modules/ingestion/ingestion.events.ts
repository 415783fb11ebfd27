import { Injectable, Logger } from '@nestjs/common';

// Tells other contexts that records changed, after the ingest committed. Scoring subscribes to refresh the
// snapshots of the periods concerned (the runs are already marked stale in the ingest's own transaction, so a
// missed event only delays the refresh, never leaves a stale snapshot looking fresh).

export interface IngestedEvent {
  /** earliest and latest occurred_at the ingest inserted, changed or moved a record from (UTC instants) */
  readonly from: Date;
  readonly to: Date;
  /** the same range as org-local days `YYYY-MM-DD`, inclusive */
  readonly fromDay: string;
  readonly toDay: string;
  readonly inserted: number;
  readonly updated: number;
  /** snapshot runs whose period overlaps the range, marked stale by this ingest */
  readonly staleRuns: number;
}

export type IngestedListener = (event: IngestedEvent) => void | Promise<void>;

@Injectable()
export class IngestionEvents {
  private readonly logger = new Logger('IngestionEvents');
  private readonly listeners = new Set<IngestedListener>();

  /** Subscribes; returns the unsubscribe function. Listeners run after the response's data is committed. */
  onIngested(listener: IngestedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls every listener; a failing listener is logged and never fails the ingest or the other listeners. */
  async emitIngested(event: IngestedEvent): Promise<void> {
    await Promise.all([...this.listeners].map(async (listener) => {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(`an ingested-records listener failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }));
  }
}
