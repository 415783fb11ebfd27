import { compile, type CompiledDocument, type ScoreRecord } from '@yardstick/dsl';
import { computePayouts } from './compensation';
import { renderExplainTree } from './explain-render';
import { Scorer } from './scorer';
import { rec } from './testing/scorecard-builder';
import type { AgentInfo, ExplainNode, Period } from './types';

// The engine over scorecards compiled from source by the real compiler; every expectation is worked out by hand.

const SOURCE = `
scorecard frontline {
  period month
  eligible when handled >= 2
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  metric aht = avg(handle_seconds) as duration
  metric p90 = percentile(handle_seconds, 90) as duration
  metric customers = distinct(customer)
  kpi csat_score = tier(csat) {
    >= 90% -> 100
    >= 80% -> 60
    else -> 0
  }
  kpi aht_score = clamp(100 - (aht - 300s) / 3s, 0, 100)
  target aht <= 420s when agent.tenure_days < 90
  target aht <= 360s
  profile normal default { csat_score: 60%, aht_score: 40% }
  profile promo active 2021-01-11..2021-01-20 { aht_score: 100% }
  alert slow when aht > team(aht) * 1.2 notify supervisor
}

compensation bonus {
  scorecard frontline
  period month
  payout = agent.base_bonus * tier(score) {
    >= 90 -> 120%
    >= 50 -> 100%
    else -> 0%
  }
  cap 2 * agent.base_bonus
}
`;

function compiled(): CompiledDocument {
  const result = compile(SOURCE);
  if (!result.value) throw new Error(JSON.stringify(result.diagnostics.map((d) => `${d.code} ${d.message}`)));
  return result.value;
}

const agents: AgentInfo[] = [
  { id: 'a', team: 'x', hiredOn: '2020-12-01', attributes: { base_bonus: '5000.10' } },
  { id: 'b', team: 'x', attributes: { base_bonus: '3000.00' } },
  { id: 'c', team: 'y', attributes: { base_bonus: '1000.00' } },
];

const early: ScoreRecord[] = [
  // a: 10 records, 9 rated ≥ 4 (csat 90%), handle 330s each; customers k0..k4 twice
  ...Array.from({ length: 10 }, (_, i) => rec('a', '2021-01-05T09:00', { rating: i === 0 ? 3 : 5, handle_seconds: 330, customer: `k${i % 5}` })),
  // b: csat 50%, aht 450s
  rec('b', '2021-01-06T09:00', { rating: 4, handle_seconds: 480 }), rec('b', '2021-01-07T09:00', { rating: 1, handle_seconds: 420 }),
  // c: one record, not eligible
  rec('c', '2021-01-08T09:00', { rating: 5, handle_seconds: 300 }),
];

function run(period: Period, records: ScoreRecord[]) {
  const doc = compiled();
  const scorer = new Scorer({ scorecard: doc.scorecards[0], period, agents });
  for (const r of records) scorer.add(r);
  return { doc, scorer, report: scorer.finish() };
}

const firstTen = { from: '2021-01-01', to: '2021-01-10' };

describe('scoring a compiled scorecard', () => {
  const { report } = run(firstTen, early);
  const get = (id: string) => report.results.find((r) => r.subject === id);

  it('weighs the kpis under the default profile', () => {
    // a: csat 9/10 = 90% → tier 100; aht 330s → 100 − 30/3 = 90; 0.6·100 + 0.4·90 = 96
    expect(get('a')).toMatchObject({ score: 96, rank: 1, teamRank: 1, profile: 'normal', eligible: true });
    // b: csat 50% → 0; aht 450s → 50; 0.4·50 = 20
    expect(get('b')?.score).toBeCloseTo(20, 12);
    expect(get('b')).toMatchObject({ rank: 2, teamRank: 2 });
    expect(get('c')).toMatchObject({ eligible: false, score: null, rank: null });
  });

  it('computes percentiles as PostgreSQL does and counts distinct values', () => {
    expect(get('a')?.metrics).toMatchObject({ handled: 10, csat: 0.9, aht: 330, p90: 330, customers: 5 });
    // b's handle times 420, 480 → 420 + 0.9·60 = 474
    expect(get('b')?.metrics.p90).toBeCloseTo(474, 9);
  });

  it('reads the team value in alerts: b is slower than 1.2 × the team\'s pooled average', () => {
    // team x: (10·330 + 480 + 420) / 12 = 350; b's 450 > 420, a's 330 is not
    expect(report.teams.x.aht).toBe(350);
    expect([get('a')?.alerts, get('b')?.alerts]).toEqual([[], ['slow']]);
  });

  it('picks the target line by tenure', () => {
    // a was hired 40 days before 2021-01-10: the new-hire target
    expect(get('a')?.targets).toEqual([{ metric: 'aht', op: '<=', target: 420, actual: 330, met: true, gap: 90 }]);
    expect(get('b')?.targets).toEqual([{ metric: 'aht', op: '<=', target: 360, actual: 450, met: false, gap: -90 }]);
  });

  it('pays compensation in exact decimals from the scores', () => {
    const { doc } = run(firstTen, early);
    const payouts = computePayouts(doc.compensations[0], report, agents);
    const byAgent = Object.fromEntries(payouts.map((p) => [p.agent, p.payout]));
    // a: 96 → 120% of 5000.10 = 6000.12; b: 20 → 0%
    expect(byAgent.a).toBe('6000.12');
    expect(byAgent.b).toBe('0.00');
    expect(byAgent.c).toBeNull();
  });
});

describe('a period straddling a scheduled profile', () => {
  // d: two records before the promotion (rating 5, 300s: score 100), two in it (600s: aht_score 0)
  const records = [
    rec('d', '2021-01-03T09:00', { rating: 5, handle_seconds: 300 }), rec('d', '2021-01-04T09:00', { rating: 5, handle_seconds: 300 }),
    rec('d', '2021-01-12T09:00', { rating: 5, handle_seconds: 600 }), rec('d', '2021-01-19T09:00', { rating: 5, handle_seconds: 600 }),
  ];
  const { scorer, report } = run({ from: '2021-01-01', to: '2021-01-31' }, records);

  it('scores each segment under its profile and combines them by record count', () => {
    expect(report.segments.map((s) => [s.from, s.to, s.profile, s.records])).toEqual([
      ['2021-01-01', '2021-01-10', 'normal', 2], ['2021-01-11', '2021-01-20', 'promo', 2], ['2021-01-21', '2021-01-31', 'normal', 0],
    ]);
    // (2·100 + 2·0) / 4; the empty third segment carries no weight
    expect(report.results[0]).toMatchObject({ subject: 'd', score: 50, profile: 'normal+promo+normal' });
    // the whole month: aht 450s → 50
    expect(report.results[0].kpis.find((k) => k.key === 'aht_score')?.value).toBe(50);
  });

  it('explains the segments, the tier branch taken and the records behind each aggregate', () => {
    const tree = scorer.explain('d');
    const segments = tree.children.filter((n) => n.kind === 'segment');
    expect(segments.map((s) => [s.text, s.key, s.value, s.weight, s.records])).toEqual([
      ['2021-01-01..2021-01-10', 'normal', 100, 0.5, 2], ['2021-01-11..2021-01-20', 'promo', 0, 0.5, 2],
      ['2021-01-21..2021-01-31', 'normal', null, 0, 0],
    ]);
    const csat = segments[0].children.find((k) => k.key === 'csat_score') as ExplainNode;
    expect(csat).toMatchObject({ kind: 'kpi', value: 100, weight: 0.6, branch: '>= 90%' });
    const metric = csat.children.find((n) => n.kind === 'metric' && n.key === 'csat') as ExplainNode;
    expect(metric.children.map((n) => [n.kind, n.text, n.value, n.records])).toEqual([
      ['aggregate', 'count(rating >= 4)', 2, 2], ['aggregate', 'count(rating != null)', 2, 2],
    ]);
    const text = renderExplainTree(tree);
    expect(text).toContain('csat_score = 100.00 · weight 60.00% · branch >= 90%');
    expect(text).toContain('csat = 100.00% ← count(rating >= 4) / count(rating != null)');
    expect(text).toContain('aht = 10m 00s ← avg(handle_seconds)');
  });
});
