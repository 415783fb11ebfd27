import type {
  AlertDecl, CompensationDecl, Expr, KpiDecl, MetricDecl, PayoutDecl, ProfileDecl, ScorecardDecl, TargetDecl, TierExpr,
} from '../ast/nodes';
import { parseDocument } from './parse';
import { codesAt, sexpr, SPEC_EXAMPLE, textOf } from './test-helpers';

const parseOk = (source: string) => {
  const result = parseDocument(source);
  expect(codesAt(source, result.diagnostics)).toEqual([]);
  return result.value!;
};

/** The expression of `metric x = <text>`. */
const expr = (text: string): Expr => {
  const doc = parseOk(`scorecard s {\n  metric x = ${text}\n}`);
  return ((doc.blocks[0] as ScorecardDecl).items[0] as MetricDecl).expr;
};

describe('the spec example (§1)', () => {
  const src = SPEC_EXAMPLE;
  const doc = parseOk(src);
  const card = doc.blocks[0] as ScorecardDecl;
  const comp = doc.blocks[1] as CompensationDecl;
  const item = <T>(kind: string, name: string): T =>
    card.items.find((i) => i.kind === kind && 'name' in i && i.name.name === name) as T;

  it('has a scorecard and a compensation block', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual(['scorecard', 'compensation']);
    expect(card.name.name).toBe('frontline');
    expect(card.label?.value).toBe('一线客服');
    expect(card.items.map((i) => i.kind)).toEqual([
      'period', 'missing', 'eligible', 'field', 'metric', 'metric', 'metric', 'metric', 'metric', 'metric', 'metric',
      'kpi', 'kpi', 'kpi', 'kpi', 'kpi', 'target', 'target', 'target', 'profile', 'profile', 'alert',
    ]);
  });

  it('reads metrics with units and filtered aggregates', () => {
    const p90 = item<MetricDecl>('metric', 'urgent_p90');
    expect(textOf(src, p90.span)).toBe('metric urgent_p90 = percentile(handle_seconds where priority == "urgent", 90) as duration');
    expect(sexpr(p90.expr)).toBe('(percentile handle_seconds 90 where (== priority "urgent"))');
    expect(p90.unit?.name).toBe('duration');
    expect(sexpr(item<MetricDecl>('metric', 'csat').expr)).toBe('(/ (count (>= rating 4)) (count (!= rating null)))');
  });

  it('reads the tier kpi with its label, branches and else', () => {
    const kpi = item<KpiDecl>('kpi', 'csat_score');
    expect(kpi.label?.value).toBe('满意度');
    const tier = kpi.expr as TierExpr;
    expect(sexpr(tier)).toBe('(tier csat [>= 0.95 100] [>= 0.9 80] [>= 0.8 60] [else 0])');
    expect(textOf(src, tier.branches[1].span)).toBe('>= 90% -> 80');
    expect(textOf(src, tier.otherwise!.span)).toBe('else   -> 0');
    expect(textOf(src, tier.span)).toMatch(/^tier\(csat\) \{[^]*else {3}-> 0\n {2}\}$/);
  });

  it('reads nested arithmetic with parentheses', () => {
    const kpi = item<KpiDecl>('kpi', 'aht_score');
    expect(sexpr(kpi.expr)).toBe('(clamp (- 100 (/ (- aht 300) 3)) 0 100)');
    expect(textOf(src, kpi.expr.span)).toBe('clamp(100 - (aht - 300s) / 3s, 0, 100)');
  });

  it('reads targets, with and without `when`', () => {
    const targets = card.items.filter((i): i is TargetDecl => i.kind === 'target');
    expect(targets.map((t) => `${t.metric.name} ${t.op} ${sexpr(t.value)}${t.when ? ` when ${sexpr(t.when)}` : ''}`)).toEqual([
      'csat >= 0.9', 'aht <= 420 when (< agent.tenure_days 90)', 'aht <= 360',
    ]);
    expect(textOf(src, targets[1].opSpan)).toBe('<=');
  });

  it('reads profiles: default, active range, weights spanning lines', () => {
    const [normal, double11] = card.items.filter((i): i is ProfileDecl => i.kind === 'profile');
    expect(textOf(src, normal.default!)).toBe('default');
    expect(normal.weights.map((w) => `${w.kpi.name}:${sexpr(w.value)}`)).toEqual([
      'csat_score:0.4', 'fcr_score:0.3', 'aht_score:0.15', 'kb_score:0.15',
    ]);
    expect(double11.default).toBeUndefined();
    expect(double11.active).toMatchObject({ from: { year: 2026, month: 11, day: 1 }, to: { year: 2026, month: 11, day: 11 } });
    expect(textOf(src, double11.active!.span)).toBe('active 2026-11-01..2026-11-11');
    expect(double11.label?.value).toBe('双11大促');
  });

  it('reads the alert', () => {
    const alert = item<AlertDecl>('alert', 'slow_handling');
    expect(sexpr(alert.condition)).toBe('(> aht (* (team aht) 1.2))');
    expect(alert.notify.map((n) => n.name)).toEqual(['supervisor']);
  });

  it('reads the compensation block', () => {
    expect(comp.items.map((i) => i.kind)).toEqual(['comp-scorecard', 'period', 'payout', 'cap']);
    const payout = comp.items[2] as PayoutDecl;
    expect(sexpr(payout.expr)).toBe('(* agent.base_bonus (tier score [>= 90 1.2] [>= 80 1] [>= 60 0.5] [else 0]))');
    expect(textOf(src, comp.span)).toMatch(/^compensation q4_bonus "季度绩效奖金" \{[^]*\}$/);
  });

  it('keeps every comment', () => expect(doc.comments).toHaveLength(5));
});

describe('precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['a / b * c', '(* (/ a b) c)'],
    ['-a * b', '(* (- a) b)'],
    ['- -a', '(- (- a))'],
    ['a - -b', '(- a (- b))'],
    ['a or b and c', '(or a (and b c))'],
    ['a and b or c and d', '(or (and a b) (and c d))'],
    ['not a == b', '(not (== a b))'],
    ['not a and b', '(and (not a) b)'],
    ['not not a', '(not (not a))'],
    ['a + 1 >= b * 2 and c', '(and (>= (+ a 1) (* b 2)) c)'],
    ['a == null or b != null', '(or (== a null) (!= b null))'],
    ['if a > 1 then 2 else 3 + 4', '(if (> a 1) 2 (+ 3 4))'],
    ['1 + if a then 2 else 3', '(+ 1 (if a 2 3))'],
    ['agent.tenure_days < 90', '(< agent.tenure_days 90)'],
    ['count(first_response_seconds <= 3m where hour(occurred_at) >= 8)',
      '(count (<= first_response_seconds 180) where (>= (hour occurred_at) 8))'],
    ['avg(min(first_response_seconds, 10m))', '(avg (min first_response_seconds 600))'],
    ['tier(x) { >= 1 -> 2 < 0 -> -1 }', '(tier x [>= 1 2] [< 0 (- 1)])'],
    ['tier(x) { > a + 1 -> b * 2 <= 0 -> tier(y) { else -> 1 } else -> 0 }',
      '(tier x [> (+ a 1) (* b 2)] [<= 0 (tier y [else 1])] [else 0])'],
  ])('reads %s as %s', (text, tree) => expect(sexpr(expr(text))).toBe(tree));

  it('gives a binary node the span of its operands and of its operator', () => {
    const source = 'scorecard s { metric x = (a + b) * c }';
    const e = ((parseOk(source).blocks[0] as ScorecardDecl).items[0] as MetricDecl).expr;
    expect(e.kind === 'binary' && [textOf(source, e.span), textOf(source, e.opSpan), textOf(source, e.left.span)])
      .toEqual(['(a + b) * c', '*', '(a + b)']);
  });

  it('leaves `otherwise` undefined when a tier has no else (the checker reports it)', () => {
    const tier = expr('tier(x) { >= 1 -> 2 }') as TierExpr;
    expect(tier.otherwise).toBeUndefined();
    expect(tier.branches).toHaveLength(1);
  });
});

describe('items', () => {
  it('accepts a trailing comma in a profile and an empty profile', () => {
    const doc = parseOk('scorecard s { profile p { a: 50%, b: 50%, } profile q { } }');
    expect((doc.blocks[0] as ScorecardDecl).items.map((p) => (p as ProfileDecl).weights.length)).toEqual([2, 0]);
  });

  it('reads subject, field, labels and several recipients', () => {
    const source = 'scorecard s "S" { subject team field kb_used: boolean alert a "A" when x > 1 notify supervisor, hr }';
    const items = (parseOk(source).blocks[0] as ScorecardDecl).items;
    expect(items.map((i) => textOf(source, i.span))).toEqual([
      'subject team', 'field kb_used: boolean', 'alert a "A" when x > 1 notify supervisor, hr',
    ]);
    expect((items[2] as AlertDecl).notify.map((n) => n.name)).toEqual(['supervisor', 'hr']);
  });

  it('reads a compensation with floor', () => {
    const doc = parseOk('compensation c { scorecard s period month payout = 100 floor 0 cap 200 }');
    expect((doc.blocks[0] as CompensationDecl).items.map((i) => i.kind)).toEqual(['comp-scorecard', 'period', 'payout', 'floor', 'cap']);
  });

  it('parses an empty source to an empty document', () => {
    expect(parseOk('  # nothing\n').blocks).toEqual([]);
  });

  it('gives the document the span of the whole source', () => {
    const doc = parseOk('scorecard s {}\n');
    expect(doc.span.end).toEqual({ line: 2, column: 1, offset: 15 });
  });

  it('can be reused: errors of one parse do not leak into the next', () => {
    expect(parseDocument('scorecard s { metric = }').diagnostics.length).toBeGreaterThan(0);
    expect(parseDocument('scorecard s { metric x = 1 }').diagnostics).toEqual([]);
  });
});
