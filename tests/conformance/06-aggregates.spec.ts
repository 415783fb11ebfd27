// Chapter 4 of the spec, aggregates: count, sum, avg, min, max, percentile (as percentile_cont), distinct,
// filters with `where`, per-record expressions as arguments.
import { metricCard, rec, rows as recordsOf } from './builders';
import { runChapter, type Row } from './harness';

// five records of a1: handle 100/200/300/400/null, priorities, customers
const FIVE = recordsOf('a1', [
  { handle_seconds: 100, priority: 'urgent', customer: 'c1', first_response_seconds: 60 },
  { handle_seconds: 200, priority: 'normal', customer: 'c2', first_response_seconds: 1200 },
  { handle_seconds: 300, priority: 'urgent', customer: 'c1', first_response_seconds: null },
  { handle_seconds: 400, priority: 'urgent', customer: null, first_response_seconds: 600 },
  { handle_seconds: null, priority: 'normal', customer: 'c3', first_response_seconds: 0 },
]);
const five = (name: string, expr: string, v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), inputs: { records: FIVE }, expected: { value: v }, note });

const rows: Row[] = [
  five('count() counts records', 'count()', 5, 'five records'),
  five('count(cond) counts where cond holds', 'count(handle_seconds > 150s)', 3, '200, 300, 400 (null is not > 150)'),
  five('sum', 'sum(handle_seconds)', 1000, '100 + 200 + 300 + 400'),
  five('avg', 'avg(handle_seconds)', 250, '1000 / 4 values'),
  five('min aggregate', 'min(handle_seconds)', 100, 'smallest'),
  five('max aggregate', 'max(handle_seconds)', 400, 'largest'),
  five('percentile 50 interpolates', 'percentile(handle_seconds, 50)', 250,
    'sorted 100 200 300 400; position 0.5 × (4 − 1) = 1.5 → 200 + 0.5 × 100 = 250'),
  five('percentile 90 interpolates', 'percentile(handle_seconds, 90)', 370,
    'position 0.9 × 3 = 2.7 → 300 + 0.7 × 100 = 370'),
  five('percentile 25 interpolates', 'percentile(handle_seconds, 25)', 175, 'position 0.75 → 100 + 0.75 × 100 = 175'),
  five('percentile 0 is the minimum', 'percentile(handle_seconds, 0)', 100, 'position 0'),
  five('percentile 100 is the maximum', 'percentile(handle_seconds, 100)', 400, 'position 3'),
  five('percentile with where', 'percentile(handle_seconds where priority == "urgent", 90)', 380,
    'urgent: 100 300 400; position 0.9 × 2 = 1.8 → 300 + 0.8 × 100 = 380'),
  five('avg with where', 'avg(handle_seconds where priority == "urgent")', 800 / 3, '(100 + 300 + 400) / 3 = 266.666…'),
  five('count of a condition with where', 'count(handle_seconds > 150s where priority == "urgent")', 2, 'urgent 300 and 400'),
  five('count of a string condition', 'count(priority == "urgent")', 3, 'three urgent records'),
  five('distinct counts people, not sessions', 'distinct(customer)', 3, 'c1 c2 c1 null c3 → c1, c2, c3'),
  five('distinct with where', 'distinct(customer where priority == "urgent")', 1, 'urgent customers c1, c1, null → c1'),
  five('count of a condition nothing matches', 'count(priority == "vip")', 0, 'no vip record'),
  five('an expression as the argument caps each record', 'avg(min(first_response_seconds, 10m))', 315,
    'per record min(x, 600 s): 60, 600, null (skipped), 600, 0 → 1260 / 4 = 315'),
  five('scalar min inside sum', 'sum(min(handle_seconds, 250s))', 800, '100 + 200 + 250 + 250 (null skipped) = 800'),
  five('an arithmetic argument with a null part is skipped', 'sum(handle_seconds + first_response_seconds)', 2560,
    '100+60 = 160, 200+1200 = 1400, 300+null = null (skipped), 400+600 = 1000, null+0 = null (skipped) → 2560'),
  {
    name: 'percentile of one value is that value', source: metricCard('percentile(handle_seconds, 90)'),
    inputs: { records: [rec('a1', { handle_seconds: 42 })] }, expected: { value: 42 }, note: 'a single value',
  },
  {
    name: 'percentile of no values is null', source: metricCard('percentile(handle_seconds, 90)'),
    inputs: { records: [rec('a1')] }, expected: { value: null }, note: 'nothing to interpolate',
  },
  {
    name: 'percentile of two values', source: metricCard('percentile(handle_seconds, 50)'),
    inputs: { records: [rec('a1', { handle_seconds: 10 }), rec('a1', { handle_seconds: 20 })] },
    expected: { value: 15 }, note: 'position 0.5 × 1 = 0.5 → 10 + 0.5 × 10 = 15',
  },
  {
    name: 'percentile sorts its values', source: metricCard('percentile(handle_seconds, 75)'),
    inputs: { records: [400, 100, 300, 200, 500].map((h) => rec('a1', { handle_seconds: h })) },
    expected: { value: 400 }, note: 'sorted 100…500; position 0.75 × 4 = 3 → 400',
  },
  {
    name: 'a percentile outside 0..100 is an error', source: metricCard('percentile(handle_seconds, 150)'),
    expected: { error: 'YS205' }, note: 'p must be a constant between 0 and 100',
  },
  {
    name: 'a percentile that is not a constant is an error', source: metricCard('percentile(handle_seconds, n)'),
    expected: { error: ['YS205', 'YS106', 'YS105'] }, note: 'p must be a constant',
  },
  {
    name: 'each agent aggregates only its own records', source: metricCard('sum(handle_seconds)'),
    inputs: { records: [rec('a1', { handle_seconds: 10 }), rec('a2', { handle_seconds: 20 }), rec('a1', { handle_seconds: 5 })] },
    expected: { value: 15, agents: { a2: { metrics: { v: 20 } } } }, note: 'a1: 10 + 5; a2: 20',
  },
  {
    name: 'a custom money field sums', source: metricCard('sum(order_value where converted)', { head: '  field order_value: money' }),
    inputs: { records: [rec('a1', { order_value: 99.9, converted: true }), rec('a1', { order_value: 50, converted: false }), rec('a1', { order_value: 0.1, converted: true })] },
    expected: { value: 100 }, note: 'converted: 99.9 + 0.1 = 100',
  },
  {
    name: 'a condition on a custom string field', source: metricCard('distinct(customer where tier_name == "gold")', { head: '  field tier_name: string' }),
    inputs: { records: [rec('a1', { tier_name: 'gold', customer: 'x' }), rec('a1', { tier_name: 'gold', customer: 'x' }), rec('a1', { tier_name: 'silver', customer: 'y' })] },
    expected: { value: 1 }, note: 'gold customers: x twice → 1',
  },
];

runChapter('§4 aggregates', rows);
