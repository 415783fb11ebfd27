import { ScorecardAuthoringService } from '../../../apps/api/src/modules/scorecards/scorecard-authoring.service';
import { csvOf, defineField } from '../ingestion/ingestion-services';
import { DESK, startScoring, type ScoringFixture } from './support';

// A scorecard the SQL compiler cannot express (a custom timestamp field) is scored by streaming the period's
// records through the engine instead — with the same results: here the same scorecard plus one metric over the
// timestamp (no kpi reads it) must score every agent exactly as the SQL path scores the scorecard without it.

const WITH_TIMESTAMP = DESK
  .replace('scorecard desk "Desk" {', 'scorecard desk_ts "Desk with callbacks" {\n  field callback_at: timestamp')
  .replace('metric handled = count()', 'metric handled = count()\n  metric callbacks = count(callback_at != null where hour(callback_at) >= 12)');

describe('scoring from records when SQL cannot', () => {
  let f: ScoringFixture;

  beforeAll(async () => {
    f = await startScoring({ timeZone: 'Asia/Shanghai' });
    await defineField(f, 'callback_at', 'timestamp');
    const header = 'external_id,agent,occurred_at,wait_seconds,rating,callback_at';
    const report = await f.csv(csvOf([
      'c1,Becky,2021-03-02T09:00:00Z,20,5,2021-03-02T05:00:00Z', // 13:00 in Shanghai: counted
      'c2,Becky,2021-03-09T09:00:00Z,40,3,2021-03-09T01:00:00Z', // 09:00: not
      'c3,Dan,2021-03-03T10:00:00Z,30,4,',
      'c4,Dan,2021-03-20T10:00:00Z,50,2,2021-03-20T23:30:00Z', // 07:30 next day: not
      'c5,Jim,2021-03-31T12:00:00Z,10,5,2021-03-31T06:00:00Z', // 14:00: counted
      'c6,Jim,2021-03-31T17:00:00Z,12,4,', // 1 April 01:00 in Shanghai: outside March
    ], header));
    expect(report.rejected).toBe(0);
    const authoring = f.app.get(ScorecardAuthoringService);
    await authoring.create(f.admin, WITH_TIMESTAMP);
    await authoring.publish(f.admin, 'desk_ts', '2021-01-01');
  });

  afterAll(async () => {
    await f?.close();
  });

  it('gives the scores the SQL path gives, and the timestamp metric in the organisation\'s zone', async () => {
    const streamed = await f.scores({ scorecard: 'desk_ts' });
    const sql = await f.scores({ scorecard: 'desk' });
    const shape = (c: typeof sql) => c.edges.map(({ node }) => ({
      agent: node.agent.externalId, score: node.score, rank: node.rank, teamRank: node.teamRank, records: node.records,
      kpis: node.kpis, targets: node.targets, metrics: node.metrics.filter((m) => m.key !== 'callbacks'),
    }));
    expect(shape(streamed)).toStrictEqual(shape(sql));
    const callbacks = Object.fromEntries(streamed.edges.map(({ node }) => [node.agent.externalId, node.metrics.find((m) => m.key === 'callbacks')!.value]));
    expect(callbacks).toEqual({ Becky: 1, Dan: 0, Jim: 1 });
    expect(streamed.edges.find((e) => e.node.agent.externalId === 'Jim')!.node.records).toBe(1);
    expect(streamed.segments).toEqual(sql.segments);
    await f.stored();
    await expect(f.query(`SELECT s.key, o.result->>'path' AS path FROM score_snapshots o JOIN scorecard_versions v ON v.id = o.scorecard_version_id
      JOIN scorecards s ON s.id = v.scorecard_id WHERE o.subject_kind = 'organisation' ORDER BY s.key`))
      .resolves.toEqual([{ key: 'desk', path: 'sql' }, { key: 'desk_ts', path: 'records' }]);
  });
});
