import type { Caller } from '../../../apps/api/src/common/caller';
import { ScorecardAuthoringService } from '../../../apps/api/src/modules/scorecards/scorecard-authoring.service';
import type { ScoresArgs } from '../../../apps/api/src/modules/scoring/scoring.args';
import type { ScoreConnectionModel } from '../../../apps/api/src/modules/scoring/scoring.model';
import { ScoringService } from '../../../apps/api/src/modules/scoring/scoring.service';
import { SnapshotRefresher } from '../../../apps/api/src/modules/scoring/snapshot-refresher';
import { SnapshotStore } from '../../../apps/api/src/modules/scoring/snapshot-store';
import { csvOf, startIngestion, type IngestionFixture } from '../ingestion/ingestion-services';

// The scoring services over a real database: the ingestion fixture's roster (North: Becky, Dan; South: Jim), a
// small published scorecard with a default and a scheduled profile, and helpers to add records and read scores.

export const DESK = `scorecard desk "Desk" {
  period month
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  metric asa = avg(wait_seconds) as duration
  kpi csat_score "满意度" = csat * 100
  kpi speed = clamp(100 - asa / 1s, 0, 100)
  target csat >= 50%
  profile normal default { csat_score: 50%, speed: 50% }
  profile rush active 2021-03-08..2021-03-14 { speed: 100% }
}`;

export interface ScoringFixture extends IngestionFixture {
  scoring: ScoringService;
  refresher: SnapshotRefresher;
  /** posts records `id,agent,occurred_at,wait_seconds,rating` and waits for the snapshot refresh it triggers (unless told not to) */
  records(rows: readonly string[], options?: { wait?: boolean }): Promise<void>;
  scores(args?: Partial<ScoresArgs>, caller?: Caller): Promise<ScoreConnectionModel>;
  /** agent external id → score */
  byAgent(connection: ScoreConnectionModel): Record<string, number | null>;
  /** waits until scores answered before they were stored are stored */
  stored(): Promise<void>;
  runs(): Promise<{ profile: string; from: string; to: string; stale: boolean; computed_at: string }[]>;
}

export async function startScoring(options: { timeZone?: string } = {}): Promise<ScoringFixture> {
  const fixture = await startIngestion(options);
  const authoring = fixture.app.get(ScorecardAuthoringService);
  await authoring.create(fixture.admin, DESK);
  await authoring.publish(fixture.admin, 'desk', '2021-01-01');
  const scoring = fixture.app.get(ScoringService);
  const refresher = fixture.app.get(SnapshotRefresher);
  return {
    ...fixture, scoring, refresher,
    async records(rows, { wait = true } = {}) {
      const report = await fixture.csv(csvOf(rows.map((row) => {
        const [id, agent, at, wait, rating] = row.split(',');
        return [id, agent, at, 'phone', 'true', wait, rating].join(',');
      })));
      if (report.rejected > 0) throw new Error(JSON.stringify(report.rejections));
      if (wait) await refresher.idle();
    },
    scores: (args = {}, caller = fixture.admin) => scoring.scores(caller, { scorecard: 'desk', period: { month: '2021-03' }, first: 100, ...args } as ScoresArgs),
    stored: () => fixture.app.get(SnapshotStore).idle(),
    byAgent: (connection) => Object.fromEntries(connection.edges.map((e) => [e.node.agent.externalId, e.node.score])),
    runs: () => fixture.query(`SELECT profile, to_char(period_from, 'YYYY-MM-DD') AS "from", to_char(period_to, 'YYYY-MM-DD') AS "to", stale,
        computed_at::text AS computed_at FROM snapshot_runs ORDER BY period_from, profile`),
  };
}
