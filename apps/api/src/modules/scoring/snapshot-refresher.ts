import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { IngestionEvents, type IngestedEvent } from '../ingestion/ingestion.events';
import { ScoreRuns } from './score-runs';
import { SnapshotStore } from './snapshot-store';
import { SnapshotsRepository } from './snapshots.repository';

// After records arrive, the stored scores of their periods are recomputed in the background, so the next reader
// finds them fresh. The ingest already marked those runs stale in its own transaction: a refresh that is late,
// skipped or fails only makes the next reader compute (it never serves stale scores). Ingests that come in quick
// succession share one pass: while a pass runs, the days of new events are collected for the next one.

/** Runs refreshed per pass at most (the most recent periods first); the rest are computed when read. */
const MAX_RUNS_PER_PASS = 20;

@Injectable()
export class SnapshotRefresher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SnapshotRefresher');
  private unsubscribe: (() => void) | undefined;
  private pending: { fromDay: string; toDay: string } | null = null;
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly events: IngestionEvents,
    private readonly snapshots: SnapshotsRepository,
    private readonly runs: ScoreRuns,
    private readonly store: SnapshotStore,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.onIngested((event) => this.schedule(event));
  }

  /** Lets a pass in progress finish (the database is closed after this). */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.unsubscribe?.();
    this.pending = null;
    await this.running;
  }

  /** Resolves when no refresh is running or queued. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Queues the days of an ingest; resolves when the pass covering them is done (tests and tools wait on it). */
  schedule(event: Pick<IngestedEvent, 'fromDay' | 'toDay' | 'staleRuns'>): Promise<void> {
    if (this.closed || event.staleRuns === 0) return this.running ?? Promise.resolve();
    const p = this.pending;
    this.pending = {
      fromDay: p && p.fromDay < event.fromDay ? p.fromDay : event.fromDay,
      toDay: p && p.toDay > event.toDay ? p.toDay : event.toDay,
    };
    this.running ??= this.drain().finally(() => { this.running = null; });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending && !this.closed) {
      const days = this.pending;
      this.pending = null;
      await this.pass(days.fromDay, days.toDay);
    }
  }

  private async pass(fromDay: string, toDay: string): Promise<void> {
    const stale = await this.snapshots.staleRuns(fromDay, toDay, MAX_RUNS_PER_PASS);
    for (const run of stale) {
      if (this.closed) return;
      try {
        const scoring = await this.runs.forKey(run.scorecard, run.version, run);
        await this.store.refreshStored(scoring.key, async () => ScoreRuns.job(scoring));
      } catch (error) {
        this.logger.warn(`could not refresh ${run.scorecard} v${run.version} ${run.from}..${run.to}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
