// The spec §1 example compiled end to end: nodes, conditions, targets, profiles, alerts and traces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileOk, scopeFor, scorecardOf } from './__fixtures__/harness';
import type { CompiledScorecard, EvalScope, Value } from './types';

const source = readFileSync(join(__dirname, '__fixtures__/frontline.kpi'), 'utf8');
const sc = compileOk(source).scorecards[0];
const node = (key: string) => {
  const n = sc.nodes.find((x) => x.key === key);
  if (!n) throw new Error(`no node ${key}`);
  return n;
};

/** Aggregate results by text, everything else null. */
function aggregates(card: CompiledScorecard, byText: Readonly<Record<string, number>>): (number | null)[] {
  return card.aggregates.map((a) => byText[a.text] ?? null);
}

/** Evaluates every node in order, as the engine does. */
function evaluateAll(card: CompiledScorecard, agg: (number | null)[], extra: Partial<EvalScope> = {}): Record<string, Value> {
  const values: Value[] = card.nodes.map(() => null);
  const scope: EvalScope = { agg, values, attrs: {}, ...extra };
  for (const n of card.nodes) values[n.index] = n.evaluate(scope);
  return Object.fromEntries(card.nodes.map((n) => [n.key, values[n.index]]));
}

describe('the scorecard shape', () => {
  it('carries the settings', () => {
    expect([sc.key, sc.label, sc.period, sc.subject, sc.missing]).toEqual(['frontline', '一线客服', 'month', 'agent', 'renormalize']);
  });

  it('lists built-in and declared fields', () => {
    expect(sc.fields).toContainEqual({ name: 'kb_used', type: 'boolean', builtin: false });
    expect(sc.fields).toContainEqual({ name: 'rating', type: 'number', builtin: true });
    expect(sc.fields).toContainEqual({ name: 'occurred_at', type: 'timestamp', builtin: true });
  });

  it('keeps metrics and kpis in the order written, and nodes in dependency order', () => {
    expect(sc.metrics).toEqual(['handled', 'csat', 'fcr', 'aht', 'resp_30s', 'urgent_p90', 'kb_rate']);
    expect(sc.kpis).toEqual(['csat_score', 'fcr_score', 'aht_score', 'resp_score', 'kb_score']);
    sc.nodes.forEach((n, i) => {
      expect(n.index).toBe(i);
      for (const dep of n.deps) expect(node(dep).index).toBeLessThan(i);
    });
  });

  it('describes each node: kind, type, label, deps, text', () => {
    expect(node('csat')).toMatchObject({ kind: 'metric', type: 'percent', deps: [], text: 'count(rating >= 4) / count(rating != null)' });
    expect(node('aht').type).toBe('duration');
    expect(node('csat_score')).toMatchObject({ kind: 'kpi', label: '满意度', deps: ['csat'], aggregates: [] });
    expect(node('aht_score').text).toBe('clamp(100 - (aht - 300s) / 3s, 0, 100)');
    expect(node('csat_score').span.start.line).toBe(17);
  });

  it('flags team() and org() use', () => {
    expect([sc.usesTeam, sc.usesOrg]).toEqual([true, false]);
    const orgOnly = scorecardOf('scorecard o { metric m = count() kpi k = m / org(m) * 100 profile p default { k: 100% } }');
    expect([orgOnly.usesTeam, orgOnly.usesOrg]).toEqual([false, true]);
    expect(orgOnly.nodes.find((n) => n.key === 'k')?.deps).toEqual(['m']);
  });
});

describe('evaluation', () => {
  const agg = aggregates(sc, {
    'count()': 40, 'count(rating >= 4)': 27, 'count(rating != null)': 30, 'count(first_contact_resolved)': 18,
    'count(resolved)': 24, 'avg(handle_seconds)': 330, 'count(first_response_seconds <= 30s)': 30, 'count(kb_used)': 10,
  });

  it('computes every metric and kpi from the aggregates', () => {
    const v = evaluateAll(sc, agg);
    expect(v).toMatchObject({ handled: 40, csat: 0.9, fcr: 0.75, aht: 330, resp_30s: 0.75, urgent_p90: null, kb_rate: 0.25 });
    expect(v).toMatchObject({ csat_score: 80, fcr_score: 75, aht_score: 90, resp_score: 75, kb_score: 25 });
  });

  it('eligible is a condition returning exactly true or false', () => {
    const at = (handled: Value) => sc.eligible?.(scopeFor(sc, { handled }));
    expect([at(20), at(19), at(null)]).toEqual([true, false, false]);
  });

  it('compiles targets: value, when, text', () => {
    expect(sc.targets.map((t) => [t.metric, t.op, t.text])).toEqual([
      ['csat', '>=', 'csat >= 90%'], ['aht', '<=', 'aht <= 420s when agent.tenure_days < 90'], ['aht', '<=', 'aht <= 360s'],
    ]);
    const s = scopeFor(sc, {}, { attrs: { agent: { tenure_days: 30 } } });
    expect(sc.targets.map((t) => t.value(s))).toEqual([0.9, 420, 360]);
    expect(sc.targets[1].when?.(s)).toBe(true);
    expect(sc.targets[1].when?.(scopeFor(sc, {}, { attrs: { agent: { tenure_days: 200 } } }))).toBe(false);
    expect(sc.targets[1].when?.(scopeFor(sc, {}))).toBe(false);
    expect(sc.targets[0].when).toBeUndefined();
  });

  it('compiles profiles to fractions and YYYY-MM-DD ranges', () => {
    expect(sc.profiles).toEqual([
      { key: 'normal', label: '日常运营', isDefault: true, weights: [
        { kpi: 'csat_score', weight: 0.4 }, { kpi: 'fcr_score', weight: 0.3 }, { kpi: 'aht_score', weight: 0.15 }, { kpi: 'kb_score', weight: 0.15 },
      ] },
      { key: 'double11', label: '双11大促', isDefault: false, active: { from: '2026-11-01', to: '2026-11-11' }, weights: [
        { kpi: 'resp_score', weight: 0.5 }, { kpi: 'csat_score', weight: 0.3 }, { kpi: 'aht_score', weight: 0.2 },
      ] },
    ]);
  });

  it('compiles alerts with team(m)', () => {
    const [alert] = sc.alerts;
    expect([alert.key, alert.label, alert.notify, alert.text]).toEqual(['slow_handling', '处理时长异常', ['supervisor'], 'aht > team(aht) * 1.2']);
    const team = (aht: Value) => sc.nodes.map((n) => (n.key === 'aht' ? aht : null));
    expect(alert.condition(scopeFor(sc, { aht: 500 }, { team: team(400) }))).toBe(true);
    expect(alert.condition(scopeFor(sc, { aht: 480 }, { team: team(400) }))).toBe(false);
    expect(alert.condition(scopeFor(sc, { aht: 500 }))).toBe(false);
  });
});

describe('trace', () => {
  it('shows the tier branch taken and the reference it tested', () => {
    const t = sc.trace('csat_score', scopeFor(sc, { csat: 0.92 }));
    expect(t.value).toBe(80);
    expect(t.text).toBe('tier(csat) { >= 95% -> 100; >= 90% -> 80; >= 80% -> 60; else -> 0 }');
    expect(t.branch).toEqual({ index: 1, op: '>=', text: '>= 90%' });
    expect(t.children[0]).toEqual({ text: 'csat', value: 0.92, ref: { kind: 'metric', key: 'csat', index: node('csat').index }, children: [] });
    expect(t.children[1]).toMatchObject({ text: '80', value: 80 });
  });

  it('shows else as a branch, and no branch on a null subject', () => {
    expect(sc.trace('csat_score', scopeFor(sc, { csat: 0.1 })).branch).toEqual({ index: 3, op: 'else', text: 'else' });
    const t = sc.trace('csat_score', scopeFor(sc, { csat: null }));
    expect([t.value, t.branch]).toEqual([null, null]);
  });

  it('shows aggregates with their slot and operands of arithmetic', () => {
    const agg = aggregates(sc, { 'count(rating >= 4)': 27, 'count(rating != null)': 30 });
    const t = sc.trace('csat', { agg, values: [], attrs: {} });
    expect(t.value).toBe(0.9);
    expect(t.children.map((c) => [c.text, c.value, c.ref])).toEqual([
      ['count(rating >= 4)', 27, { kind: 'aggregate', key: 'count(rating >= 4)', index: agg.indexOf(27) }],
      ['count(rating != null)', 30, { kind: 'aggregate', key: 'count(rating != null)', index: agg.indexOf(30) }],
    ]);
  });

  it('shows team references and attributes', () => {
    const alertLike = scorecardOf(`scorecard a {
  metric aht = avg(handle_seconds)
  kpi k = if agent.tenure_days < 90 then 100 else clamp(100 - (aht - team(aht)) / 1s, 0, 100)
  profile p default { k: 100% }
}`);
    const values = (aht: Value) => alertLike.nodes.map((n) => (n.key === 'aht' ? aht : null));
    const t = alertLike.trace('k', { agg: [], values: values(310), team: values(300), attrs: { agent: { tenure_days: 400 } } });
    expect(t.value).toBe(90);
    const refs: unknown[] = [];
    const walk = (x: typeof t): void => { if (x.ref) refs.push(x.ref); x.children.forEach(walk); };
    walk(t);
    expect(refs).toEqual([
      { kind: 'attribute', key: 'agent.tenure_days' },
      { kind: 'metric', key: 'aht', index: 0 },
      { kind: 'team', key: 'aht', index: 0 },
    ]);
  });

  it('gives a null trace for an unknown node', () => {
    expect(sc.trace('nope', scopeFor(sc, {}))).toEqual({ text: 'nope', value: null, children: [] });
  });
});
