import { ScoreReportJsonSchema } from './score-result.schema';

describe('ScoreReportJsonSchema', () => {
  const report = {
    scorecard: 'frontline',
    period: { from: '2021-01-01', to: '2021-03-31' },
    profile: 'normal',
    segments: [{ from: '2021-01-01', to: '2021-03-31', start: '2021-01-01T00:00:00', end: '2021-04-01T00:00:00', profile: 'normal', reason: 'default', records: 2 }],
    results: [{
      agent: 'Becky', team: 'North', score: 81.5, rank: 1, eligible: true, records: 2, profile: 'normal',
      kpis: { csat_score: 80 }, metrics: { csat: 0.91, aht: null },
      targets: [{ metric: 'csat', op: '>=', target: 0.9, actual: 0.91, met: true, gap: 0.01 }], alerts: [],
    }],
    summary: { read: 3, rejected: 1, skipped: 0, scored: 2 },
  };

  it('accepts a complete report', () => {
    expect(ScoreReportJsonSchema.safeParse(report).success).toBe(true);
  });

  it('accepts an unranked agent without a score', () => {
    const unranked = { ...report.results[0], score: null, rank: null, eligible: false };
    expect(ScoreReportJsonSchema.safeParse({ ...report, results: [unranked] }).success).toBe(true);
  });

  it('rejects a rank of zero', () => {
    const bad = { ...report.results[0], rank: 0 };
    expect(ScoreReportJsonSchema.safeParse({ ...report, results: [bad] }).success).toBe(false);
  });
});
