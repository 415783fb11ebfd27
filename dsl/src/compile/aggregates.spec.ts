// Aggregate plans: one per distinct aggregate text, with compiled per-record value and filter functions.
import { scorecardOf } from './__fixtures__/harness';
import type { AggregatePlan, CompiledScorecard, ScoreRecord } from './types';

const card = (metrics: string, extra = ''): CompiledScorecard => scorecardOf(`
scorecard s {
  field kb_used: boolean
${metrics}
  kpi z = 1
  profile p default { z: 100% }
${extra}
}`);

function plan(sc: CompiledScorecard, text: string): AggregatePlan {
  const found = sc.aggregates.find((a) => a.text === text);
  if (!found) throw new Error(`no plan ${text}; have ${sc.aggregates.map((a) => a.text).join(', ')}`);
  return found;
}

describe('aggregate plans', () => {
  const sc = card(`
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null)
  metric resp = count(first_response_seconds <= 30s) / count()
  metric kb = count(kb_used) / count()
  metric again = count( rating>=4 ) + count()
  metric aht = avg(handle_seconds)
  metric p90 = percentile(handle_seconds where priority == "urgent", 90)
  metric people = distinct(customer)
  metric fast = min(handle_seconds)
  metric slow = max(handle_seconds where channel == "chat")
  metric total = sum(talk_seconds)
  metric fcr = avg(first_contact_resolved)
  metric capped = avg(min(first_response_seconds, 10m))
  metric day_ok = count(first_response_seconds <= 3m where hour(occurred_at) >= 8)`);

  it('dedupes identical aggregate text across metrics: count() used four times is one plan', () => {
    expect(sc.aggregates.filter((a) => a.text === 'count()')).toHaveLength(1);
    expect(sc.aggregates.filter((a) => a.text === 'count(rating >= 4)')).toHaveLength(1);
    const again = sc.nodes.find((n) => n.key === 'again');
    expect(again?.aggregates).toEqual([plan(sc, 'count(rating >= 4)').index, plan(sc, 'count()').index]);
  });

  it('numbers plans by their slot and names the function', () => {
    sc.aggregates.forEach((a, i) => expect(a.index).toBe(i));
    expect(plan(sc, 'avg(handle_seconds)').fn).toBe('avg');
    expect(plan(sc, 'distinct(customer)').fn).toBe('distinct');
    expect(plan(sc, 'min(handle_seconds)').fn).toBe('min');
    expect(plan(sc, 'sum(talk_seconds)').fn).toBe('sum');
  });

  it('count() has no value function; count(cond) counts where cond is exactly true', () => {
    expect(plan(sc, 'count()').value).toBeUndefined();
    const value = plan(sc, 'count(rating >= 4)').value as (r: ScoreRecord) => unknown;
    expect(value({ rating: 5 })).toBe(true);
    expect(value({ rating: 3 })).toBe(false);
    expect(value({ rating: null })).toBe(false);
    expect(value({})).toBe(false);
    const kb = plan(sc, 'count(kb_used)').value as (r: ScoreRecord) => unknown;
    expect([kb({ kb_used: true }), kb({ kb_used: false }), kb({ kb_used: null }), kb({})]).toEqual([true, false, false, false]);
  });

  it('value functions read fields, absent or null as null', () => {
    const value = plan(sc, 'avg(handle_seconds)').value as (r: ScoreRecord) => unknown;
    expect(value({ handle_seconds: 120 })).toBe(120);
    expect(value({ handle_seconds: null })).toBeNull();
    expect(value({})).toBeNull();
    const capped = plan(sc, 'avg(min(first_response_seconds, 10m))').value as (r: ScoreRecord) => unknown;
    expect(capped({ first_response_seconds: 1200 })).toBe(600);
    expect(capped({ first_response_seconds: 30 })).toBe(30);
    expect(capped({})).toBeNull();
  });

  it('where filters return exactly true or false', () => {
    const p90 = plan(sc, 'percentile(handle_seconds where priority == "urgent", 90)');
    expect(p90.fraction).toBe(0.9);
    expect(p90.filter?.({ priority: 'urgent' })).toBe(true);
    expect(p90.filter?.({ priority: 'normal' })).toBe(false);
    expect(p90.filter?.({})).toBe(false);
    expect(p90.value?.({ handle_seconds: 50 })).toBe(50);
    const dayOk = plan(sc, 'count(first_response_seconds <= 3m where hour(occurred_at) >= 8)');
    const at = (h: number) => Date.UTC(2026, 0, 5, h, 30);
    expect(dayOk.filter?.({ occurred_at: at(9) })).toBe(true);
    expect(dayOk.filter?.({ occurred_at: at(7) })).toBe(false);
    expect(dayOk.filter?.({ occurred_at: null })).toBe(false);
    expect(dayOk.value?.({ first_response_seconds: 180 })).toBe(true);
  });

  it('avg(cond) is a rate: true → 1, false → 0, null skipped', () => {
    const fcr = plan(sc, 'avg(first_contact_resolved)').value as (r: ScoreRecord) => unknown;
    expect([fcr({ first_contact_resolved: true }), fcr({ first_contact_resolved: false }), fcr({})]).toEqual([1, 0, null]);
  });

  it('min/max with one argument in a metric are aggregates', () => {
    expect(plan(sc, 'max(handle_seconds where channel == "chat")').fn).toBe('max');
    const fast = sc.nodes.find((n) => n.key === 'fast');
    expect(fast?.aggregates).toEqual([plan(sc, 'min(handle_seconds)').index]);
  });

  it('lists the fields each plan reads, and the scorecard the fields used at all', () => {
    expect(plan(sc, 'percentile(handle_seconds where priority == "urgent", 90)').fields).toEqual(['handle_seconds', 'priority']);
    expect(plan(sc, 'count()').fields).toEqual([]);
    expect(plan(sc, 'count(first_response_seconds <= 3m where hour(occurred_at) >= 8)').fields)
      .toEqual(['first_response_seconds', 'occurred_at']);
    expect(new Set(sc.usedFields)).toEqual(new Set([
      'rating', 'first_response_seconds', 'kb_used', 'handle_seconds', 'priority', 'customer', 'channel', 'talk_seconds',
      'first_contact_resolved', 'occurred_at',
    ]));
  });

  it('metrics read their aggregate slots', () => {
    const csat = sc.nodes.find((n) => n.key === 'csat');
    const slots = [plan(sc, 'count(rating >= 4)').index, plan(sc, 'count(rating != null)').index];
    const agg: (number | null)[] = sc.aggregates.map(() => null);
    agg[slots[0]] = 45;
    agg[slots[1]] = 50;
    expect(csat?.evaluate({ agg, values: [], attrs: {} })).toBe(0.9);
    agg[slots[1]] = 0;
    expect(csat?.evaluate({ agg, values: [], attrs: {} })).toBeNull();
  });

  it('a declared field named like an Object.prototype member reads as absent when the record lacks it', () => {
    const odd = scorecardOf(`
scorecard s {
  field constructor: number
  field toString: number
  metric m = count(constructor > 1) + distinct(toString)
  kpi z = 1
  profile p default { z: 100% }
}`);
    const count = plan(odd, 'count(constructor > 1)').value as (r: ScoreRecord) => unknown;
    expect(count({ constructor: 3 } as unknown as ScoreRecord)).toBe(true);
    expect(count({})).toBe(false);
    const distinct = plan(odd, 'distinct(toString)').value as (r: ScoreRecord) => unknown;
    expect(distinct({})).toBeNull();
    expect(distinct(JSON.parse('{"toString": 7}'))).toBe(7);
  });
});

describe('record kinds (spec §7)', () => {
  it('a record without a kind is an interaction', () => {
    const sc = card('  metric i = count(kind == "interaction")\n  metric kb = count(kind == "kb_contribution")');
    const interaction = plan(sc, 'count(kind == "interaction")').value as (r: ScoreRecord) => unknown;
    expect([interaction({}), interaction({ kind: null }), interaction({ kind: 'interaction' }), interaction({ kind: 'kb_contribution' })])
      .toEqual([true, true, true, false]);
    const kb = plan(sc, 'count(kind == "kb_contribution")').value as (r: ScoreRecord) => unknown;
    expect([kb({}), kb({ kind: 'kb_contribution' })]).toEqual([false, true]);
  });
});

describe('percentile fractions', () => {
  it.each([[50, 0.5], [0, 0], [100, 1], [99.5, 0.995]])('percentile(x, %p) has fraction %p', (p, fraction) => {
    const sc = card(`  metric m = percentile(wait_seconds, ${p})`);
    expect(sc.aggregates[0].fraction).toBe(fraction);
  });
});

describe('roster aggregates', () => {
  it('headcount() has neither value nor filter', () => {
    const sc = scorecardOf(`
scorecard t {
  period month
  subject team
  metric heads = headcount()
  metric attrition = leavers() / headcount()
  kpi z = attrition * 100
  profile p default { z: 100% }
}`);
    expect(sc.aggregates.map((a) => [a.fn, a.text, a.value, a.filter])).toEqual([
      ['headcount', 'headcount()', undefined, undefined],
      ['leavers', 'leavers()', undefined, undefined],
    ]);
    expect(sc.subject).toBe('team');
  });
});
