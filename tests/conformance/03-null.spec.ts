// Chapter 3 of the spec, the null rules: arithmetic and ordering comparisons give null, == and != never do,
// and/or and every tested condition treat null as false, division by zero is null, aggregates skip nulls.
import { column, kpiCard, kpis, metricCard, rec, triCard } from './builders';
import { runChapter, type Row } from './harness';

const value = (name: string, expr: string, v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), expected: { value: v }, note });
/** 1 true, 0 false, −1 null */
const tri = (name: string, expr: string, v: -1 | 0 | 1, note: string): Row =>
  ({ name, source: triCard(expr), expected: { value: v }, note });

const RATINGS = column('rating', [5, null, 3, 4]);
const RESOLVED = column('resolved', [true, false, null]);
const onRatings = (name: string, expr: string, v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), inputs: { records: RATINGS }, expected: { value: v }, note });
const onResolved = (name: string, expr: string, v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), inputs: { records: RESOLVED }, expected: { value: v }, note });

const rows: Row[] = [
  value('null + number is null', 'null + 1', null, 'arithmetic with null gives null'),
  value('number - null is null', '1 - null', null, 'arithmetic with null gives null'),
  value('null * number is null', 'null * 2', null, 'arithmetic with null gives null'),
  value('null / number is null', 'null / 2', null, 'arithmetic with null gives null'),
  value('unary minus of null is null', '-(null + 1)', null, 'arithmetic with null gives null'),
  tri('null < number is null', 'null < 1', -1, 'ordering comparisons with null give null'),
  tri('number >= null is null', '1 >= null', -1, 'ordering comparisons with null give null'),
  tri('null > null is null', 'null > null', -1, 'ordering comparisons with null give null'),
  tri('null == null is true', 'null == null', 1, '== never gives null; null == null is true'),
  tri('null != null is false', 'null != null', 0, '!= never gives null'),
  tri('number == null is false', '1 == null', 0, '== gives false, not null'),
  tri('number != null is true', '1 != null', 1, '!= gives true, not null'),
  tri('null == 0 is false', 'null == 0', 0, 'null is not zero'),
  tri('null and true is false', '(null < 1) and true', 0, 'and treats null as false'),
  tri('null or true is true', '(null < 1) or true', 1, 'or treats null as false'),
  tri('null or false is false', '(null < 1) or false', 0, 'or treats null as false: false, never null'),
  tri('null or null is false', '(null < 1) or (1 > null)', 0, 'both sides count as false: false, never null'),
  tri('not of a null comparison is true', 'not (null < 1)', 1, 'the null condition counts as false, so not gives true (never null)'),
  value('if on a null condition takes else', 'if null < 1 then 1 else 2', 2, 'a null condition counts as false'),
  value('tier on null is null', 'tier(null + 1) { >= 1 -> 1  else -> 0 }', null, 'a tier on null gives null, not the else branch'),
  value('division by zero is null', '1 / 0', null, 'never Infinity'),
  value('zero by zero is null', '0 / 0', null, 'never NaN'),
  value('negative by zero is null', '-1 / 0', null, 'never -Infinity'),
  value('coalesce picks the first non-null', 'coalesce(null + 1, 7)', 7, 'null + 1 is null → 7'),
  onRatings('count(cond) counts records where cond is true', 'count(rating >= 4)', 2, 'ratings 5, null, 3, 4: true, null, false, true → 2'),
  onRatings('rating != null counts rated records', 'count(rating != null)', 3, '5, 3, 4 are ratings; null is not → 3'),
  onRatings('rating == null counts unrated records', 'count(rating == null)', 1, 'one null rating'),
  onRatings('avg skips nulls', 'avg(rating)', 4, '(5 + 3 + 4) / 3 = 4, not 12 / 4 = 3'),
  onRatings('sum skips nulls', 'sum(rating)', 12, '5 + 3 + 4'),
  onRatings('min skips nulls', 'min(rating)', 3, 'smallest of 5, 3, 4'),
  onRatings('max skips nulls', 'max(rating)', 5, 'largest of 5, 3, 4'),
  onRatings('percentile skips nulls', 'percentile(rating, 50)', 4, 'median of 3, 4, 5 = 4'),
  onRatings('distinct skips nulls', 'distinct(rating)', 3, '5, 3, 4; null is not a value'),
  onRatings('count() counts every record', 'count()', 4, 'null fields do not matter to count()'),
  onRatings('where with a null condition drops the record', 'count(rating == null where rating < 4.5)', 0,
    'where: 5 < 4.5 false, null < 4.5 is null → counts as false (dropped), 3 and 4 kept; neither is null → 0'),
  {
    name: 'avg of only nulls is null', source: metricCard('avg(rating)'),
    inputs: { records: column('rating', [null, null]) }, expected: { value: null }, note: 'no value to average',
  },
  {
    name: 'sum of only nulls is null', source: metricCard('sum(rating)'),
    inputs: { records: column('rating', [null, null]) }, expected: { value: null },
    note: 'no value to add: null, as SQL sum (documented in docs/language.md §6), not 0',
  },
  {
    name: 'a ratio with a zero denominator is null', source: metricCard('count(rating >= 4) / count(rating != null)'),
    inputs: { records: column('rating', [null, null]) }, expected: { value: null }, note: '0 / 0 → null',
  },
  {
    name: 'coalesce gives a default for an empty average', source: metricCard('coalesce(avg(rating), 0)'),
    inputs: { records: column('rating', [null]) }, expected: { value: 0 }, note: 'avg is null → 0',
  },
  onResolved('a null boolean field is not counted', 'count(resolved)', 1, 'true counts; false and null do not'),
  onResolved('not of a null condition counts as not false', 'count(not resolved)', 2,
    '`not` tests its condition, and a null condition counts as false: not true = false, not false = true, not null = not false = true → 2'),
  onResolved('== false does not match null', 'count(resolved == false)', 1, 'null == false is false (== never gives null)'),
  onResolved('!= true matches null', 'count(resolved != true)', 2, 'false != true and null != true both hold'),
  onResolved('== null matches only null', 'count(resolved == null)', 1, 'one record without the field'),
  {
    name: 'an absent field is null', source: metricCard('count(rating == null) * 10 + count(qa_score == null)'),
    inputs: { records: [rec('a1', {}), rec('a1', { rating: 2, qa_score: 90 })] },
    expected: { value: 11 }, note: 'absent and null both mean missing: one record misses both → 10 + 1',
  },
  {
    name: 'eligible when on a null metric is not eligible',
    source: kpiCard([100], { extra: '  eligible when m1 >= 3' }),
    inputs: { records: [kpis('a1', [null]), kpis('a2', [5])] },
    expected: { agents: { a1: { eligible: false, score: null, rank: null }, a2: { eligible: true, score: 5, rank: 1 } } },
    note: 'a1: m1 = avg(null) = null, null ≥ 3 counts as false → not eligible; a2: m1 = 5, score 5, rank 1',
  },
  {
    name: 'a target when on null falls through to the next line',
    source: metricCard('avg(handle_seconds) as duration', {
      tail: '  target v <= 300s when agent.tenure_days < 90\n  target v <= 200s',
    }),
    inputs: { records: [rec('a1', { handle_seconds: 250 })], agents: [{ id: 'a1' }] },
    expected: { agents: { a1: { targets: { v: { target: 200, actual: 250, met: false, gap: -50 } } } } },
    note: 'no hired_on → tenure_days null → the when counts as false → 200s applies; gap = 200 − 250 = −50',
  },
];

runChapter('§3 null', rows);
