import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { check, compileAggregatesSql, type CheckedDocument } from '@yardstick/dsl';
import {
  AgentError, AggregatedScorer, DAY_MS, dayOfLocalMs, localDayMs, PeriodError, ProfileError, Scorer,
  type ExplainNode, type Period, type ScoreOptions, type ScoreReport,
} from '@yardstick/engine';
import type { QueryRunner } from 'typeorm';
import { InvalidInputException } from '../../common/domain.exception';
import { UnknownProfileException } from '../profiles/profiles.exception';
import type { ScoringPlan } from './score-plan';
import { feedRecords } from './score-records';
import { rosterOf, type ScoreRoster } from './score-roster';
import { interactionsTable } from './score-table';
import { ScoringException, ScoringErrorCode } from './scoring.exception';
import { ScoringRepository, type Db } from './scoring.repository';

// One scoring run over the database: the roster and the period's aggregates read from one REPEATABLE READ
// snapshot, the aggregates computed by PostgreSQL with the query dsl/src/compile/sql builds from the scorecard
// (ONE query: every agent, team and the organisation, per profile segment, in one pass), then finished by the
// engine's AggregatedScorer — the very code the CLI's streaming scorer ends in, so both give the same numbers.

export interface ScoreJob {
  /** scorecard key and version number, for messages */
  readonly key: string;
  readonly version: number | null;
  /** the source the scorecard was compiled from (the SQL compiler reads its checked model) */
  readonly source: string;
  readonly plan: ScoringPlan;
  readonly period: Period;
  readonly zone: string;
}

export interface Computed {
  readonly report: ScoreReport;
  readonly roster: ScoreRoster;
  /** the roster marker at the snapshot the run read */
  readonly fingerprint: string;
  /** how a subject's score came about (throws the engine's SubjectError for one not scored) */
  readonly explain: (subject: string) => ExplainNode;
  /** `sql`: aggregated in PostgreSQL; `records`: streamed through the engine (a scorecard SQL cannot express) */
  readonly path: 'sql' | 'records';
}

const CHECKED_CACHE = 200;

@Injectable()
export class ScoreComputer {
  private readonly logger = new Logger('ScoreComputer');
  private readonly checked = new Map<string, CheckedDocument>();

  constructor(private readonly repository: ScoringRepository) {}

  /** Scores a job on `runner` (its own connection when none is given). */
  compute(job: ScoreJob, runner?: QueryRunner): Promise<Computed> {
    if (!runner) return this.repository.withConnection((own) => this.compute(job, own));
    return this.repository.readSnapshot(runner, async (db) => {
      const fingerprint = await this.repository.fingerprint(db);
      const stored = await this.repository.roster(db);
      const roster = rosterOf(stored.agents, stored.teams, stored.groups);
      const opts: ScoreOptions = {
        scorecard: job.plan.scorecard, period: job.period, profile: job.plan.profile, segments: job.plan.given, agents: roster.agents,
        teamAttributes: roster.teamAttributes, groupAttributes: roster.groupAttributes,
      };
      const scored = await engineErrors(job, () => this.score(job, opts, db));
      return { ...scored, roster, fingerprint };
    });
  }

  private async score(job: ScoreJob, opts: ScoreOptions, db: Db): Promise<Pick<Computed, 'report' | 'explain' | 'path'>> {
    const sc = job.plan.scorecard;
    const compiled = compileAggregatesSql({
      checked: this.checkedOf(job.source), scorecard: sc, table: interactionsTable(sc.subject === 'group'),
      timeZone: job.zone, segments: job.plan.segments.map((s) => ({ startMs: s.startMs, endMs: s.endMs })),
    });
    if (compiled.ok) {
      const { text, values, decode } = compiled.query;
      const rows = (await this.repository.aggregate(db, text, values)).map(decode);
      const scorer = new AggregatedScorer(opts, { rows });
      return { report: scorer.finish(), explain: (subject) => scorer.explain(subject), path: 'sql' };
    }
    this.logger.log(`${job.key}: scored from records, not in SQL (${compiled.unsupported.map((u) => `${u.aggregate}: ${u.reason}`).join('; ')})`);
    const scorer = new Scorer(opts);
    const endDay = dayOfLocalMs(localDayMs(job.period.to) + DAY_MS);
    await feedRecords(this.repository, db, scorer, sc, { from: job.period.from, to: job.period.to, zone: job.zone, endDay });
    return { report: scorer.finish(), explain: (subject) => scorer.explain(subject), path: 'records' };
  }

  /** The checked model of a source (the SQL compiler lowers the aggregates from it), memoised by content. */
  private checkedOf(source: string): CheckedDocument {
    const id = createHash('sha256').update(source).digest('base64');
    let doc = this.checked.get(id);
    if (!doc) {
      const result = check(source);
      if (!result.value) throw new Error('a stored scorecard source no longer checks: it cannot be scored');
      doc = result.value;
      this.checked.set(id, doc);
      if (this.checked.size > CHECKED_CACHE) this.checked.delete(this.checked.keys().next().value as string);
    }
    return doc;
  }
}

/** The engine's refusals as the API's errors; anything else is a defect and stays an internal error. */
async function engineErrors<T>(job: ScoreJob, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProfileError) throw new UnknownProfileException(job.key, job.version ?? 0, error.profile, error.known);
    if (error instanceof PeriodError) throw new InvalidInputException([{ path: 'period', message: error.message }]);
    if (error instanceof AgentError) {
      throw new ScoringException(ScoringErrorCode.RosterInvalid, `the roster cannot be scored: ${error.message}`, { agent: error.agent });
    }
    throw error;
  }
}
