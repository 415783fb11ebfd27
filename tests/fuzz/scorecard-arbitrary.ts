// A grammar-based generator of scorecards that are meant to check cleanly: metrics built from aggregates
// of the right units, kpis over those metrics, profiles whose weights sum to 100%, targets, alerts,
// eligibility, comments, a schedule, sometimes a compensation plan. Parts are drawn independently and
// tied together when rendered (indexes taken modulo the number of metrics), so fast-check can shrink them.
import fc from 'fast-check';

type Unit = 'count' | 'number' | 'percent' | 'duration';
interface MetricSpec { readonly unit: Unit; readonly text: string; readonly label?: string }
interface TermSpec { readonly metric: number; readonly variant: number }
interface KpiSpec { readonly terms: readonly TermSpec[]; readonly shape: number; readonly label?: string }

const CONDITIONS = [
  'rating >= 4', 'rating != null', 'resolved', 'first_contact_resolved', 'not transferred', 'channel == "chat"',
  'priority == "urgent"', 'first_response_seconds <= 30s', 'hour(occurred_at) >= 8', 'weekday(occurred_at) < 6',
  'handle_seconds > 5m', 'abandoned or escalated', 'resolved and not reopened', 'kind == "interaction"', 'kb_used',
  'qa_score >= 80', 'customer != null', 'wait_seconds < 1.5m',
];
const NUMBERS = ['rating', 'qa_score', 'rating * 20', 'coalesce(rating, 3)', 'min(rating, 4)', 'abs(rating - 3)', 'if resolved then 1 else 0', 'order_value'];
const DURATIONS = ['handle_seconds', 'talk_seconds + hold_seconds', 'min(first_response_seconds, 10m)', 'wait_seconds', 'max(handle_seconds - 30s, 0s)'];
const LABELS = ['满意度', '首次解决率', 'Average handling', '询单人数', '30秒响应率', 'Kundenzufriedenheit «x»', '😀 mood'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const condition = fc.oneof(
  { weight: 3, arbitrary: pick(CONDITIONS) },
  { weight: 1, arbitrary: fc.tuple(pick(CONDITIONS), pick(['and', 'or']), pick(CONDITIONS)).map(([a, op, b]) => `${a} ${op} ${b}`) },
);
const where = fc.option(condition, { nil: undefined, freq: 3 }).map((c) => (c ? ` where ${c}` : ''));
const percentile = fc.integer({ min: 0, max: 100 });

const countAggregate = fc.oneof(
  fc.constant('count()'),
  fc.tuple(condition, where).map(([c, w]) => `count(${c}${w})`),
  where.map((w) => `distinct(customer${w})`),
  fc.constant('distinct(date(occurred_at))'),
);
const numberAggregate = fc.oneof(
  fc.tuple(pick(['sum', 'avg', 'min', 'max']), pick(NUMBERS), where).map(([f, x, w]) => `${f}(${x}${w})`),
  fc.tuple(pick(NUMBERS), where, percentile).map(([x, w, p]) => `percentile(${x}${w}, ${p})`),
);
const durationAggregate = fc.oneof(
  fc.tuple(pick(['avg', 'max', 'sum']), pick(DURATIONS), where).map(([f, x, w]) => `${f}(${x}${w})`),
  fc.tuple(pick(DURATIONS), where, percentile).map(([x, w, p]) => `percentile(${x}${w}, ${p})`),
);

const label = fc.option(pick(LABELS), { nil: undefined, freq: 3 });
const metric: fc.Arbitrary<MetricSpec> = fc.oneof(
  fc.record({ unit: fc.constant<Unit>('count'), text: countAggregate, label }),
  fc.record({ unit: fc.constant<Unit>('count'), text: fc.tuple(countAggregate, countAggregate).map(([a, b]) => `${a} + ${b}`), label }),
  fc.record({ unit: fc.constant<Unit>('number'), text: numberAggregate, label }),
  fc.record({ unit: fc.constant<Unit>('number'), text: numberAggregate.map((a) => `round(${a}, 2)`), label }),
  fc.record({ unit: fc.constant<Unit>('percent'), text: fc.tuple(countAggregate, countAggregate).map(([a, b]) => `${a} / ${b} as percent`), label }),
  fc.record({ unit: fc.constant<Unit>('duration'), text: durationAggregate, label }),
  fc.record({ unit: fc.constant<Unit>('duration'), text: durationAggregate.map((a) => `${a} as duration`), label }),
);

/** Terms of a kpi by the unit of the metric they read; each ends up a plain number of points. */
const TERMS: Record<Unit, readonly ((m: string) => string)[]> = {
  count: [(m) => m, (m) => `${m} * 10`, (m) => `clamp(${m}, 0, 100)`, (m) => `min(${m}, 100)`,
    (m) => `tier(${m}) {\n    >= 10 -> 100\n    >= 5 -> 50\n    else -> 0\n  }`, (m) => `if ${m} > 3 then 100 else 50`, (m) => `coalesce(${m}, 0)`],
  number: [(m) => m, (m) => `round(${m}, 1)`, (m) => `clamp(${m} * 20, 0, 100)`, (m) => `tier(${m}) { > 4 -> 100  > 3 -> 60  else -> 0 }`,
    (m) => `abs(${m} - org(${m}))`, (m) => `coalesce(${m}, 0) + 1`],
  percent: [(m) => `${m} * 100`, (m) => `tier(${m}) {\n    >= 90% -> 100\n    >= 80% -> 60\n    else -> 0\n  }`, (m) => `round(${m} * 100, 1)`,
    (m) => `team(${m}) * 100`, (m) => `(${m} - org(${m})) * 100`],
  duration: [(m) => `clamp(100 - (${m} - 300s) / 3s, 0, 100)`, (m) => `tier(${m}) { <= 5m -> 100  <= 10m -> 50  else -> 0 }`,
    (m) => `${m} / 1m`, (m) => `if ${m} < team(${m}) then 100 else 0`],
};
const SHAPES = [(t: string[]) => t[0], (t: string[]) => `${t[0]} + ${t[1]}`, (t: string[]) => `(${t[0]} + ${t[1]}) / 2`,
  (t: string[]) => `100 - ${t[0]}`, (t: string[]) => `max(${t[0]}, ${t[1]})`, (t: string[]) => `-${t[0]} * 2 + 50`];

const term = fc.record({ metric: fc.nat(), variant: fc.nat() });
const kpi: fc.Arbitrary<KpiSpec> = fc.record({ terms: fc.array(term, { minLength: 2, maxLength: 2 }), shape: fc.nat(), label });

/** Render-time choices that shape the whole scorecard. */
const settings = fc.record({
  missing: pick(['', 'renormalize', 'zero']),
  eligible: fc.boolean(),
  schedule: fc.boolean(),
  comments: fc.boolean(),
  targets: fc.array(fc.record({ metric: fc.nat(), conditional: fc.boolean() }), { maxLength: 3 }),
  alert: fc.boolean(),
  compensation: fc.nat({ max: 3 }),
  weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
  layout: fc.array(pick(['\n  ', '\n\n  ', '\n    ', '\n\t', '\r\n  ', ' ']), { minLength: 8, maxLength: 8 }),
});

type Settings = typeof settings extends fc.Arbitrary<infer S> ? S : never;

const at = <T>(list: readonly T[], i: number): T => list[i % list.length];
const labelText = (l?: string) => (l ? ` "${l}"` : '');

function renderKpi(k: KpiSpec, i: number, metrics: readonly MetricSpec[]): string {
  const terms = k.terms.map((t) => {
    const m = at(metrics, t.metric);
    return at(TERMS[m.unit], t.variant)(`m${t.metric % metrics.length}`);
  });
  return `kpi k${i}${labelText(k.label)} = ${at(SHAPES, k.shape)(terms)}`;
}

/** 100% split in proportion to `weights`, the remainder on the last kpi. */
function weightsText(kpis: number, raw: readonly number[]): string {
  const ws = Array.from({ length: Math.min(kpis, raw.length) }, (_, i) => raw[i]);
  const total = ws.reduce((a, b) => a + b, 0);
  const pct = ws.map((w) => Math.floor((100 * w) / total));
  pct[pct.length - 1] += 100 - pct.reduce((a, b) => a + b, 0);
  return pct.map((p, i) => `k${i}: ${p}%`).join(', ');
}

const TARGET_VALUE: Record<Unit, string> = { count: '>= 3', number: '>= 2.5', percent: '>= 90%', duration: '<= 7m' };

function renderTargets(s: Settings, metrics: readonly MetricSpec[]): string[] {
  const lines = s.targets.map((t) => {
    const i = t.metric % metrics.length;
    const when = t.conditional ? ' when agent.tenure_days < 90' : '';
    return { i, text: `target m${i} ${TARGET_VALUE[metrics[i].unit]}${when}`, conditional: t.conditional };
  });
  // conditional lines first, so no line is unreachable (that is only a warning, but keep sources clean)
  return [...lines.filter((l) => l.conditional), ...lines.filter((l) => !l.conditional)].map((l) => l.text);
}

function renderCompensation(kind: number): string {
  if (kind === 0) return '';
  const payout = kind === 1
    ? 'payout = agent.base_bonus * tier(score) {\n    >= 90 -> 120%\n    >= 60 -> 50%\n    else -> 0%\n  }'
    : 'payout = agent.base_bonus * score / 100';
  const limit = kind === 3 ? '\n  floor 10' : '\n  cap 2 * agent.base_bonus';
  return `\n\n# pay\ncompensation bonus "奖金" {\n  scorecard gen\n  period quarter\n  ${payout}${limit}\n}\n`;
}

function render(metrics: readonly MetricSpec[], kpis: readonly KpiSpec[], s: Settings): string {
  const items: string[] = ['period month'];
  if (s.missing) items.push(`missing ${s.missing}`);
  if (s.eligible) items.push('eligible when m0 >= 1');
  items.push('field kb_used: boolean', 'field order_value: money');
  metrics.forEach((m, i) => items.push(`metric m${i}${labelText(m.label)} = ${m.text}${s.comments && i === 0 ? '   # first metric' : ''}`));
  kpis.forEach((k, i) => items.push(renderKpi(k, i, metrics)));
  items.push(...renderTargets(s, metrics));
  if (s.alert) items.push(`alert a0 "告警" when m0 > team(m0) * 1.2 notify supervisor, hr`);
  items.push(`profile normal${s.comments ? ' "日常"' : ''} default { ${weightsText(kpis.length, s.weights)} }`);
  if (s.schedule) items.push(`profile promo active 2026-01-10..2026-01-20 { ${weightsText(1, [1])} }`);
  if (s.comments) items.push('// the end');
  let body = '';
  items.forEach((item, i) => {
    const commented = i > 0 && /#|\/\//.test(items[i - 1].replace(/"[^"]*"/g, ''));
    const sep = commented ? '\n  ' : at(s.layout, i);
    body += sep + item;
  });
  const head = s.comments ? '# generated scorecard\n' : '';
  return `${head}scorecard gen "生成" {${body}\n}\n${renderCompensation(s.compensation)}`;
}

/** A scorecard source meant to check without errors. */
export const scorecardSource: fc.Arbitrary<string> = fc
  .tuple(fc.array(metric, { minLength: 1, maxLength: 5 }), fc.array(kpi, { minLength: 1, maxLength: 5 }), settings)
  .map(([metrics, kpis, s]) => render(metrics, kpis, s));
