// Chapter 3 of the spec, units: number, percent, duration, count, money; which mixes are check errors.
import { column, metricCard, rec } from './builders';
import { runChapter, type Row } from './harness';

const value = (name: string, expr: string, v: number, note: string): Row =>
  ({ name, source: metricCard(expr), expected: { value: v }, note });
const mismatch = (name: string, expr: string, note: string, head?: string): Row =>
  ({ name, source: metricCard(expr, { head }), expected: { error: 'YS200' }, note });

const AHT = '  metric aht = avg(handle_seconds)';
const CSAT = '  metric csat = count(rating >= 4) / count(rating != null) as percent';
const withItems = (...items: string[]) =>
  ['scorecard t {', '  period month', ...items, '  metric n = count()', '  kpi k = n', '  profile p default { k: 100% }', '}'].join('\n');

const rows: Row[] = [
  value('duration + duration', '30s + 1m', 90, '30 + 60 = 90 s'),
  value('duration - duration', '2m - 30s', 90, '120 − 30 = 90 s'),
  value('duration / duration is a number', '10m / 30s as number', 20, '600 / 30 = 20, a plain number (as number fits)'),
  value('duration * number keeps duration', '30s * 2 as duration', 60, '30 × 2 = 60 s, still a duration'),
  value('number * duration keeps duration', '2 * 30s as duration', 60, '2 × 30 = 60 s'),
  value('percent * number keeps percent', '50% * 2 as percent', 1, '0.5 × 2 = 1 (100%)'),
  value('percent + percent', '50% + 25%', 0.75, '0.5 + 0.25'),
  mismatch('duration + percent is a check error', '30s + 50%', 'adding a duration and a percent'),
  mismatch('duration - percent is a check error', '30s - 50%', 'subtracting a percent from a duration'),
  mismatch('aggregate duration + percent is a check error', 'avg(handle_seconds) + 10%', 'avg of a duration field is a duration'),
  mismatch('duration > percent is a check error', 'if 30s > 50% then 1 else 0', 'comparing a duration with a percent'),
  mismatch('duration == percent is a check error', 'if 30s == 50% then 1 else 0', 'comparing a duration with a percent, even with =='),
  mismatch('percent <= duration is a check error', 'if 50% <= 1m then 1 else 0', 'comparing a percent with a duration'),
  mismatch('a duration field compared with a percent is a check error', 'count(handle_seconds <= 50%)', 'handle_seconds is a duration'),
  mismatch('a tier on a duration with percent thresholds is a check error',
    'tier(avg(handle_seconds)) { <= 90% -> 1  else -> 0 }', 'the threshold is compared with the subject'),
  mismatch('money + duration is a check error', 'sum(amount) + 30s', 'money and duration do not add', '  field amount: money'),
  {
    name: 'a duration field compared with a duration literal',
    source: metricCard('count(handle_seconds <= 5m)'),
    inputs: { records: column('handle_seconds', [299, 300, 301]) },
    expected: { value: 2 }, note: '299 and 300 are ≤ 300 s',
  },
  {
    name: 'as percent declares a ratio a percent',
    source: metricCard('count(resolved) / count() as percent'),
    inputs: { records: column('resolved', [true, false]) },
    expected: { value: 0.5 }, note: '1 / 2 = 0.5, stored as the fraction',
  },
  {
    name: 'a percent value cannot be declared a duration',
    source: metricCard('50% as duration'),
    expected: { error: 'YS203' }, note: '`as` must fit the inferred unit',
  },
  {
    name: 'an unknown unit is an error',
    source: metricCard('count() as minutes'),
    expected: { error: 'YS202', at: 'minutes' }, note: 'units: number, percent, duration, count, money',
  },
  {
    name: 'a metric without as takes the inferred unit (duration accepts a duration target)',
    source: withItems(AHT, '  target aht <= 5m'),
    expected: { without: ['YS200', 'YS201'] }, note: 'avg(handle_seconds) is a duration; 5m is a duration',
  },
  {
    name: 'a metric without as takes the inferred unit (duration rejects a percent target)',
    source: withItems(AHT, '  target aht <= 50%'),
    expected: { error: ['YS200', 'YS201'] }, note: 'aht is a duration; comparing it with a percent is a check error',
  },
  {
    name: 'a declared percent metric does not add to a duration',
    source: withItems(CSAT, '  metric x = csat + 10s'),
    expected: { error: 'YS200' }, note: 'csat is a percent',
  },
  {
    name: 'kpis over metrics of different units do not add',
    source: withItems(AHT, CSAT, '  kpi bad = aht + csat'),
    expected: { error: 'YS200' }, note: 'duration + percent',
  },
  {
    name: 'duration arithmetic in a kpi (spec example aht_score)',
    source: withItems(AHT, '  kpi aht_score = clamp(100 - (aht - 300s) / 3s, 0, 100)'),
    inputs: { records: column('handle_seconds', [300, 372]) },
    expected: { agents: { a1: { kpis: { aht_score: 88 } } } },
    note: 'aht = (300 + 372)/2 = 336 s; (336 − 300)/3 = 12; 100 − 12 = 88',
  },
  {
    name: 'a money field sums as money',
    source: metricCard('sum(amount) as money', { head: '  field amount: money' }),
    inputs: { records: column('amount', [10.5, 20.25]) },
    expected: { value: 30.75 }, note: '10.50 + 20.25 = 30.75',
  },
  {
    name: 'a percent field compares with a percent',
    source: metricCard('count(survey >= 90%)', { head: '  field survey: percent' }),
    inputs: { records: [rec('a1', { survey: 0.95 }), rec('a1', { survey: 0.85 })] },
    expected: { value: 1 }, note: '0.95 ≥ 0.9 only',
  },
  {
    name: 'an unknown field type is an error',
    source: metricCard('count()', { head: '  field x: banana' }),
    expected: { error: 'YS115', at: 'banana' }, note: 'types: string number boolean duration timestamp percent money',
  },
];

runChapter('§3 units', rows);
