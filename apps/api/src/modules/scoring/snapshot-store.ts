import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { computedResults, storedResults, type RunResults } from './run-results';
import { ScoreComputer, type ScoreJob } from './score-computer';
import { snapshotRows } from './snapshot-rows';
import { ScoringRepository } from './scoring.repository';
import {
  SnapshotsRepository, type RunState, type ScoreFilter, type SnapshotKey, type StoredScore,
} from './snapshots.repository';

// Stored scores that are never silently out of date, computed once however many ask at the same time.
//
// A run (version, profile, period) is fresh when it is not stale, its rows of the run's generation
// (`computed_at`) are all there, and the roster has not changed since (agents, teams, groups: counts and last
// update). Whatever changes the inputs marks the run stale in its own transaction: an ingest (records of the
// period), an override (runs under the schedule), a new organisation time zone.
//
// Refreshing, under a session advisory lock per run (so two processes never compute the same run; within one
// process concurrent callers share one refresh):
//   1. start a generation: the run becomes not stale with a new computed_at, committed at once — from now on an
//      ingest that touches the period marks it stale again;
//   2. wait for every transaction writing records to end (LOCK … SHARE, released at once): an ingest that
//      committed its records before step 1 could see the run was already stale, mark nothing, and still be
//      writing; after this wait its records are committed and the next snapshot sees them;
//   3. compute from one REPEATABLE READ snapshot taken after that — and answer the caller who asked;
//   4. replace the run's rows with the new generation in one transaction (other readers wait for this).
// If records arrive during 3, step 1 let the ingest mark the run stale, so the next reader computes again.

/** Freshness of a run as read: complete and computed with the roster as it is now. */
export const isFresh = (state: RunState): boolean => state.complete && state.storedFingerprint === state.fingerprint;

const lockName = (key: SnapshotKey): string => `yardstick:snapshot:${key.versionId}:${key.profile}:${key.from}:${key.to}`;

/** A page of agents' rows, the count of all that match, and the results they belong to. */
export interface AgentPage {
  readonly results: RunResults;
  readonly rows: StoredScore[];
  readonly total: number;
  /** the state the rows were read with, when they are the stored rows of a fresh run (else null) */
  readonly fresh: RunState | null;
}

interface Refresh {
  /** the results, as soon as they are computed (or read, when someone else made the run fresh meanwhile) */
  readonly results: Promise<RunResults>;
  /** settles when the rows are stored (never rejects: a failed store only leaves the run to be computed again) */
  readonly stored: Promise<void>;
}

@Injectable()
export class SnapshotStore implements OnModuleDestroy {
  private readonly logger = new Logger('SnapshotStore');
  private readonly inFlight = new Map<string, Refresh>();

  constructor(
    private readonly snapshots: SnapshotsRepository,
    private readonly scoring: ScoringRepository,
    private readonly computer: ScoreComputer,
  ) {}

  /** The run's results: the stored rows when fresh, else computed now (and stored right after answering). */
  async results(key: SnapshotKey, job: () => Promise<ScoreJob>): Promise<RunResults> {
    const state = await this.snapshots.runState(key);
    if (isFresh(state)) return storedResults(this.snapshots, key, state);
    const running = this.inFlight.get(lockName(key));
    if (running) {
      // another request of this process is computing it: read what it stores
      await running.stored;
      const after = await this.snapshots.runState(key);
      if (isFresh(after)) return storedResults(this.snapshots, key, after);
    }
    return this.refresh(key, job).results;
  }

  /**
   * A page of agents' stored rows with the run's state, read in one statement (the common case: fresh); when the
   * run is not fresh, its results as `results` gives them and the page of those.
   */
  async agentPage(key: SnapshotKey, filter: ScoreFilter, limit: number, offset: number, job: () => Promise<ScoreJob>): Promise<AgentPage> {
    const read = await this.snapshots.statePage(key, filter, limit, offset);
    if (isFresh(read.state)) {
      const total = read.rows.length > 0 ? Number(read.rows[0].total) : await this.snapshots.agentCount(key, filter);
      return { results: storedResults(this.snapshots, key, read.state), rows: read.rows, total, fresh: read.state };
    }
    const results = await this.results(key, job);
    return { results, ...(await results.agents(filter, limit, offset)), fresh: null };
  }

  /** The run's state when it is fresh, else null (one statement; nothing is computed). */
  async freshState(key: SnapshotKey): Promise<RunState | null> {
    const state = await this.snapshots.runState(key);
    return isFresh(state) ? state : null;
  }

  /** Recomputes and stores the run unless it is fresh by the time the lock is held (the refresher's entry). */
  async refreshStored(key: SnapshotKey, job: () => Promise<ScoreJob>): Promise<void> {
    // a refresh already running may have read the records before the change that called for this one
    await this.inFlight.get(lockName(key))?.stored;
    const refresh = this.refresh(key, job);
    await refresh.results;
    await refresh.stored;
  }

  /** Resolves when every refresh in progress has stored its rows (or given up). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight.values()].map((r) => r.stored));
  }

  /** Lets stores in progress finish before the database closes. */
  onModuleDestroy(): Promise<void> {
    return this.idle();
  }

  private refresh(key: SnapshotKey, job: () => Promise<ScoreJob>): Refresh {
    const name = lockName(key);
    const known = this.inFlight.get(name);
    if (known) return known;
    let answered = false;
    let resolve: (results: RunResults) => void = () => undefined;
    let fail: (error: unknown) => void = () => undefined;
    const results = new Promise<RunResults>((ok, reject) => { resolve = ok; fail = reject; });
    const answer = (computed: RunResults) => {
      answered = true;
      resolve(computed);
    };
    const stored = this.locked(name, key, job, answer).then(() => undefined, (error: unknown) => {
      // before the answer, the caller gets the error; after it, the rows were not stored and the next reader computes
      if (!answered) fail(error);
      else this.logger.warn(`scores of ${name} not stored: ${error instanceof Error ? error.message : String(error)}`);
    }).finally(() => this.inFlight.delete(name));
    const refresh = { results, stored };
    this.inFlight.set(name, refresh);
    // a failure before the answer reaches the caller through `results`; after it, only the log
    results.catch(() => undefined);
    return refresh;
  }

  private locked(name: string, key: SnapshotKey, job: () => Promise<ScoreJob>, answer: (results: RunResults) => void): Promise<void> {
    return this.scoring.withConnection(async (runner) => {
      await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
      try {
        const state = await this.snapshots.runState(key, runner);
        if (isFresh(state)) return answer(storedResults(this.snapshots, key, state));
        // the profile plan first: a run that cannot be planned (an unknown profile) leaves no generation behind
        const work = await job();
        const { generation, computedAt } = await this.snapshots.beginGeneration(runner, key);
        await this.snapshots.waitForRecordWriters(runner);
        const computed = await this.computer.compute(work, runner);
        const rows = snapshotRows(computed, work.plan);
        answer(computedResults(rows, computed.roster, computedAt));
        const replaced = await this.snapshots.replaceRows(runner, key, generation, rows);
        await this.snapshots.analyzeIfChanged(runner, replaced + rows.length);
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]).catch(() => undefined);
      }
    });
  }
}
