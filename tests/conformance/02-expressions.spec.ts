// Chapter 3 of the spec: operators and precedence, if, functions, timestamp functions, tier blocks.
import { column, condCard, metricCard, rec } from './builders';
import { runChapter, type Row } from './harness';

const value = (name: string, expr: string, v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), expected: { value: v }, note });
const cond = (name: string, expr: string, v: 0 | 1, note: string): Row =>
  ({ name, source: condCard(expr), expected: { value: v }, note });
/** records of a1 at the given wall-clock times */
const at = (...times: string[]) => times.map((t) => rec('a1', {}, t));

const TIER3 = '{\n    >= 90 -> 1\n    >= 80 -> 2\n    else -> 3\n  }';

const rows: Row[] = [
  value('* binds tighter than +', '1 + 2 * 3', 7, '1 + (2 × 3) = 7'),
  value('parentheses group first', '(1 + 2) * 3', 9, '(1 + 2) × 3 = 9'),
  value('- is left-associative', '10 - 4 - 3', 3, '(10 − 4) − 3 = 3, not 10 − (4 − 3) = 9'),
  value('/ is left-associative', '24 / 4 / 2', 3, '(24 / 4) / 2 = 3, not 24 / 2 = 12'),
  value('unary minus binds tighter than +', '-2 + 5', 3, '(−2) + 5 = 3, not −(2 + 5) = −7'),
  value('unary minus after *', '2 * -3', -6, '2 × (−3) = −6'),
  value('double unary minus', '- -3', 3, '−(−3) = 3'),
  value('unary minus on a group', '-(2 + 5)', -7, '−7'),
  value('two products summed', '2 * 3 + 4 * 5', 26, '6 + 20 = 26'),
  value('product subtracted', '7 - 2 * 3', 1, '7 − 6 = 1'),
  value('division before subtraction', '10 - 6 / 3', 8, '10 − 2 = 8'),
  cond('comparison is looser than arithmetic', '1 + 1 == 2', 1, '(1 + 1) == 2 holds'),
  cond('not is looser than comparison', 'not 1 > 2', 1, 'not (1 > 2) = not false = true'),
  cond('and binds tighter than or', 'true or false and false', 1, 'true or (false and false) = true; (true or false) and false would be false'),
  cond('not binds tighter than and', 'not false and false', 0, '(not false) and false = false; not (false and false) would be true'),
  cond('or with not', 'false or not false', 1, 'false or true = true'),
  cond('chained comparisons with and', '2 < 3 and 3 < 4', 1, 'true and true'),
  {
    name: 'comparisons do not chain', source: condCard('1 < 2 < 3'),
    expected: { error: ['YS016', 'YS010', 'YS200', 'YS201'] }, note: '(1 < 2) < 3 would compare a boolean with a number: write 1 < 2 and 2 < 3',
  },
  cond('== on equal numbers', '3 == 3', 1, 'holds'),
  cond('!= on equal numbers', '3 != 3', 0, 'does not hold'),
  cond('< holds', '2 < 3', 1, '2 < 3'),
  cond('<= on equal numbers', '3 <= 3', 1, '3 ≤ 3'),
  cond('> on equal numbers', '3 > 3', 0, '3 > 3 is false'),
  cond('>= fails', '3 >= 4', 0, '3 ≥ 4 is false'),
  cond('== on strings', '"chat" == "chat"', 1, 'same text'),
  cond('!= on strings', '"chat" != "phone"', 1, 'different text'),
  {
    name: '== and != on a string field', source: metricCard('count(channel == "chat") * 10 + count(channel != "chat")'),
    inputs: { records: column('channel', ['chat', 'phone', 'chat']) },
    expected: { value: 21 }, note: '2 chats × 10 + 1 other = 21',
  },
  value('if takes the then branch', 'if 2 > 1 then 10 else 20', 10, 'condition holds'),
  value('if takes the else branch', 'if 2 < 1 then 10 else 20', 20, 'condition fails'),
  value('else if chains', 'if false then 1 else if true then 2 else 3', 2, 'second condition holds'),
  value('if inside arithmetic', '1 + (if true then 2 else 3)', 3, '1 + 2'),
  value('min of three', 'min(3, 1, 2)', 1, 'smallest'),
  value('max of three', 'max(3, 1, 2)', 3, 'largest'),
  value('min of two', 'min(2, 5)', 2, 'smallest'),
  value('clamp above', 'clamp(150, 0, 100)', 100, 'limited to hi'),
  value('clamp below', 'clamp(-5, 0, 100)', 0, 'limited to lo'),
  value('clamp inside', 'clamp(42, 0, 100)', 42, 'unchanged'),
  value('abs of a negative', 'abs(-4)', 4, '|−4|'),
  value('abs of a positive', 'abs(4)', 4, '|4|'),
  value('round to 2 digits', 'round(2.345, 2)', 2.35, 'decimal 2.345 → 2.35'),
  value('round half up to 0 digits', 'round(2.5, 0)', 3, 'half away from zero'),
  value('round half of a negative', 'round(-2.5, 0)', -3, 'half away from zero, not to even'),
  value('coalesce skips nulls', 'coalesce(null, 2, 3)', 2, 'first non-null'),
  value('coalesce keeps the first', 'coalesce(1, 2)', 1, 'first non-null'),
  value('coalesce of nulls', 'coalesce(null, null)', null, 'no non-null argument'),
  {
    name: 'hour of a timestamp', source: metricCard('min(hour(occurred_at)) * 100 + max(hour(occurred_at))'),
    inputs: { records: at('2026-01-15 07:15', '2026-01-15 13:00', '2026-01-15 23:59') },
    expected: { value: 723 }, note: 'hours 7, 13, 23: min 7 × 100 + max 23 = 723',
  },
  {
    name: 'hour at midnight is 0', source: metricCard('max(hour(occurred_at))'),
    inputs: { records: at('2026-01-16 00:00') }, expected: { value: 0 }, note: '00:00 → hour 0',
  },
  {
    name: 'weekday of a Monday is 1', source: metricCard('max(weekday(occurred_at))'),
    inputs: { records: at('2026-01-12 09:00') }, expected: { value: 1 }, note: '2026-01-12 is a Monday',
  },
  {
    name: 'weekday of a Sunday is 7', source: metricCard('max(weekday(occurred_at))'),
    inputs: { records: at('2026-01-18 23:59') }, expected: { value: 7 }, note: '2026-01-18 is a Sunday',
  },
  {
    name: 'weekday of a Thursday is 4', source: metricCard('max(weekday(occurred_at))'),
    inputs: { records: at('2026-01-01 00:00') }, expected: { value: 4 }, note: '2026-01-01 is a Thursday',
  },
  {
    name: 'weekend records by weekday', source: metricCard('count(weekday(occurred_at) >= 6)'),
    inputs: { records: at('2026-01-17 10:00', '2026-01-18 10:00', '2026-01-19 10:00') },
    expected: { value: 2 }, note: 'Saturday 6 and Sunday 7 count, Monday 1 does not',
  },
  {
    name: 'date of a timestamp counts days', source: metricCard('distinct(date(occurred_at))'),
    inputs: { records: at('2026-01-15 10:00', '2026-01-15 23:59', '2026-01-16 00:00') },
    expected: { value: 2 }, note: 'two calendar days: the 15th (twice) and the 16th',
  },
  {
    name: 'counting hours with where (spec example)',
    source: metricCard('count(first_response_seconds <= 3m where hour(occurred_at) >= 8)'),
    inputs: {
      records: [
        rec('a1', { first_response_seconds: 60 }, '2026-01-15 07:59'),
        rec('a1', { first_response_seconds: 180 }, '2026-01-15 08:00'),
        rec('a1', { first_response_seconds: 181 }, '2026-01-15 09:00'),
        rec('a1', { first_response_seconds: 10 }, '2026-01-15 20:00'),
      ],
    },
    expected: { value: 2 }, note: '07:59 filtered out; 180 ≤ 180 counts, 181 does not, 10 counts: 2',
  },
  value('tier picks the first branch that holds', `tier(85) ${TIER3}`, 2, '85 ≥ 90 fails, 85 ≥ 80 holds → 2'),
  value('tier threshold is inclusive with >=', `tier(90) ${TIER3}`, 1, '90 ≥ 90 holds → 1'),
  value('tier falls to else', `tier(10) ${TIER3}`, 3, 'no branch holds → else 3'),
  value('tier with > at the threshold', 'tier(90) { > 90 -> 1  else -> 0 }', 0, '90 > 90 fails → else'),
  value('tier with <= holds at the threshold', 'tier(300) { <= 300 -> 100  < 600 -> 50  else -> 0 }', 100, '300 ≤ 300'),
  value('tier with < second branch', 'tier(301) { <= 300 -> 100  < 600 -> 50  else -> 0 }', 50, '301 > 300, 301 < 600'),
  value('tier with < fails at the threshold', 'tier(600) { <= 300 -> 100  < 600 -> 50  else -> 0 }', 0, '600 < 600 fails → else'),
  value('tier result may be an expression', 'tier(85) { >= 80 -> 10 * 2  else -> 0 }', 20, '85 ≥ 80 → 10 × 2 = 20'),
  value('tier on percents', 'tier(92%) { >= 95% -> 100  >= 90% -> 80  else -> 0 }', 80, '0.92 ≥ 0.90 → 80'),
  {
    name: 'tier: the first branch that holds wins even when a later one also holds',
    source: metricCard('tier(95) { >= 50 -> 1  >= 90 -> 2  else -> 0 }'),
    expected: { value: 1, warning: 'YS311' }, note: '95 ≥ 50 holds first → 1; the >= 90 branch can never win (warning)',
  },
  {
    name: 'tier without else is an error',
    source: metricCard('tier(n) { >= 90 -> 1  >= 80 -> 2 }'),
    expected: { error: 'YS310' }, note: '`else` must close the block',
  },
  {
    name: 'an unreachable >= branch is warned about',
    source: metricCard('tier(n) { >= 80 -> 1  >= 90 -> 2  else -> 0 }'),
    expected: { warning: 'YS311' }, note: 'everything ≥ 90 is already ≥ 80',
  },
  {
    name: 'an unreachable <= branch is warned about',
    source: metricCard('tier(n) { <= 300 -> 1  <= 200 -> 2  else -> 0 }'),
    expected: { warning: 'YS311' }, note: 'everything ≤ 200 is already ≤ 300',
  },
  {
    name: 'descending >= branches draw no warning',
    source: metricCard('tier(n) { >= 90 -> 1  >= 80 -> 2  else -> 0 }'),
    expected: { without: ['YS311'] }, note: 'each branch can win',
  },
  {
    name: 'a tier threshold must be a constant',
    source: metricCard('tier(n) { >= n -> 1  else -> 0 }'),
    expected: { error: 'YS312' }, note: 'thresholds are constants',
  },
  {
    name: 'an unknown function is an error with a suggestion',
    source: metricCard('clmp(n, 0, 100)'),
    expected: { error: 'YS102', at: 'clmp', suggestion: 'clamp' }, note: 'did you mean clamp?',
  },
  {
    name: 'a wrong number of arguments is an error',
    source: metricCard('clamp(n, 0)'),
    expected: { error: 'YS103' }, note: 'clamp takes 3 arguments',
  },
  {
    name: '`where` outside an aggregate is an error',
    source: metricCard('sum(abs(handle_seconds where true))'),
    expected: { error: ['YS014', 'YS119'] }, note: 'where only in the first argument of an aggregate',
  },
  {
    name: 'if without else is a syntax error',
    source: metricCard('if n > 1 then 2'),
    expected: { error: 'YS010' }, note: 'if c then a else b: else is required',
  },
];

runChapter('§3 expressions', rows);
