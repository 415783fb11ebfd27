import type { CompiledCompensation, EvalScope, ScoreRecord } from '@yardstick/dsl';
import { CompensationError, computePayouts } from './compensation';
import { renderExplainTree } from './explain-render';
import { Scorer } from './scorer';
import { div, rec, ScorecardBuilder, times } from './testing/scorecard-builder';
import type { ExplainNode } from './types';

const JAN = { from: '2021-01-01', to: '2021-01-31' };

function scorecard() {
  const b = new ScorecardBuilder('frontline');
  const good = b.aggregate('count', 'count(rating >= 4)', { value: (r: ScoreRecord) => (typeof r.rating === 'number' ? r.rating >= 4 : null) });
  const rated = b.aggregate('count', 'count(rating != null)', { value: (r) => r.rating !== null && r.rating !== undefined });
  const all = b.aggregate('count', 'count()');
  b.metric('handled', (s) => s.agg[all], { type: 'count', aggregates: [all], text: 'count()' });
  b.metric('csat', (s) => div(s.agg[good], s.agg[rated]), { type: 'percent', aggregates: [good, rated], text: 'count(rating >= 4) / count(rating != null)' });
  b.kpi('csat_score', (s) => times(b.get(s, 'csat'), 100), { deps: ['csat'], label: '满意度', text: 'csat * 100' });
  b.kpi('volume', (s) => b.get(s, 'handled'), { deps: ['handled'] });
  b.profile('normal', { csat_score: 0.75, volume: 0.25 }, { isDefault: true });
  b.eligible((s) => (b.num(s, 'handled') ?? 0) >= 2);
  b.target('csat', '>=', 0.9);
  return b;
}

function explainA(): { tree: ExplainNode; scorer: Scorer } {
  const scorer = new Scorer({ scorecard: scorecard().build(), period: JAN });
  // a: ratings 5, 5, 2 and one unrated → csat 2/3; 4 records
  for (const rating of [5, 5, 2, null]) scorer.add(rec('a', '2021-01-04T09:00', { rating }));
  return { tree: scorer.explain('a'), scorer };
}

describe('explain', () => {
  it('builds score → eligibility → weighted kpis → metrics → aggregates with their record counts, then targets', () => {
    const { tree } = explainA();
    expect(tree).toMatchObject({ kind: 'score', key: 'a', text: 'normal', records: 4 });
    expect(tree.value).toBeCloseTo(0.75 * (200 / 3) + 0.25 * 4, 12);
    expect(tree.children.map((n) => [n.kind, n.key ?? n.text])).toEqual([
      ['eligibility', 'eligible'], ['kpi', 'csat_score'], ['kpi', 'volume'], ['target', 'csat'],
    ]);
    const csat = tree.children[1];
    expect(csat).toMatchObject({ label: '满意度', weight: 0.75, type: 'number' });
    const metric = csat.children[0];
    expect(metric).toMatchObject({ kind: 'metric', key: 'csat', type: 'percent' });
    expect(metric.children.map((n) => [n.text, n.value, n.records])).toEqual([
      // count(rating >= 4) used the 3 records with a rating (the null condition is not a use); 2 were true
      ['count(rating >= 4)', 2, 3], ['count(rating != null)', 3, 4],
    ]);
  });

  it('renders an indented tree with values formatted by type', () => {
    const text = renderExplainTree(explainA().tree);
    expect(text.split('\n')).toEqual([
      'score 51.00 · a · profile normal · 4 records',
      '├─ eligible: yes',
      '├─ csat_score "满意度" = 66.67 · weight 75.00%',
      '│  └─ csat = 66.67% ← count(rating >= 4) / count(rating != null)',
      '│     ├─ count(rating >= 4) = 2 (3 records)',
      '│     └─ count(rating != null) = 3 (4 records)',
      '├─ volume = 4.00 · weight 25.00%',
      '│  └─ handled = 4 ← count()',
      '│     └─ count() = 4 (4 records)',
      '└─ target csat >= 0.9: missed',
      '   ├─ target = 90.00%',
      '   ├─ actual = 66.67%',
      '   └─ gap = -23.33%',
    ]);
  });

  it('renders in Chinese', () => {
    const text = renderExplainTree(explainA().tree, { lang: 'zh' });
    expect(text).toContain('得分 51.00 · a · 方案 normal · 4 条记录');
    expect(text).toContain('├─ 参评: 是');
    expect(text).toContain('└─ 目标 csat >= 0.9: 未达成');
  });

  it('explains an ineligible subject with no weights', () => {
    const scorer = new Scorer({ scorecard: scorecard().build(), period: JAN });
    scorer.add(rec('solo', '2021-01-04T09:00', { rating: 5 }));
    const tree = scorer.explain('solo');
    expect(tree.value).toBeNull();
    expect(tree.children[0]).toMatchObject({ kind: 'eligibility', value: false });
    expect(renderExplainTree(tree)).toContain('score — · solo');
  });

  it('survives a scorecard whose trace throws, falling back to what nodes declare they read', () => {
    const sc = { ...scorecard().build(), trace: () => { throw new Error('defect'); } };
    const scorer = new Scorer({ scorecard: sc, period: JAN });
    for (const rating of [5, 1]) scorer.add(rec('a', '2021-01-04T09:00', { rating }));
    const csat = scorer.explain('a').children[1];
    expect(csat.children[0].children.map((n) => n.text)).toEqual(['count(rating >= 4)', 'count(rating != null)']);
  });
});

describe('computePayouts', () => {
  const comp: CompiledCompensation = {
    key: 'bonus', scorecard: 'frontline', period: 'month',
    payout: (s: EvalScope) => (s.score === null || s.score === undefined ? null : `${String(s.attrs.agent?.base_bonus)}@${s.score}/${String(s.attrs.agent?.tenure_days)}`),
  };

  it('runs the payout rule with each subject\'s score and attributes as given', () => {
    const scorer = new Scorer({ scorecard: scorecard().build(), period: JAN });
    for (const rating of [5, 5]) scorer.add(rec('a', '2021-01-04T09:00', { rating }));
    scorer.add(rec('b', '2021-01-04T09:00', { rating: 5 }));
    const agents = [{ id: 'a', hiredOn: '2021-01-01', attributes: { base_bonus: '5000.10' } }];
    expect(computePayouts(comp, scorer.finish(), agents)).toEqual([
      { agent: 'a', team: null, score: 75.5, payout: '5000.10@75.5/30' },
      { agent: 'b', team: null, score: null, payout: null },
    ]);
  });

  it('refuses a report of another scorecard', () => {
    const scorer = new Scorer({ scorecard: scorecard().build(), period: JAN });
    expect(() => computePayouts({ ...comp, scorecard: 'managers' }, scorer.finish())).toThrow(CompensationError);
  });
});
