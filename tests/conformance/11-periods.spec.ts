// Chapter 5 of the spec, periods: day, ISO week (Monday first), month, quarter, year and explicit ranges,
// in the organisation's time zone (timestamps are org-local wall clock), both ends included.
import { toLocalMs } from '@yardstick/engine';
import { metricCard, rec } from './builders';
import { runChapter, type Row } from './harness';

const COUNT = metricCard('count()');
const period = (text: string, from: string, to: string, note: string): Row =>
  ({ name: `period ${text}`, source: COUNT, inputs: { period: text }, expected: { period: { from, to } }, note });
/** records of a1 at the given wall-clock times, scored over `text`: v = how many fall inside */
const inside = (name: string, text: string, times: string[], v: number, note: string): Row => ({
  name, source: COUNT, inputs: { period: text, records: times.map((t) => rec('a1', {}, t)) },
  expected: { value: v, recordsOutsidePeriod: times.length - v }, note,
});
const card = (unit: string) => `scorecard t {\n  period ${unit}\n  metric n = count()\n  kpi k = n\n  profile p default { k: 100% }\n}`;
const tenure = (text: string, hiredOn: string, days: number, note: string): Row => ({
  name: `tenure_days over ${text} hired ${hiredOn}`,
  source: 'scorecard t {\n  period month\n  metric n = count()\n  kpi k = agent.tenure_days\n  profile p default { k: 100% }\n}',
  inputs: { period: text, agents: [{ id: 'a1', hiredOn }], records: [rec('a1', {}, text.slice(0, 4) + '-01-10 10:00')] },
  expected: { agents: { a1: { kpis: { k: days } } } }, note,
});

/** a record of a1 at an instant (`…Z`), as the organisation in `zone` sees it */
const instant = (text: string, zone: string) => ({ agent: 'a1', occurred_at: toLocalMs(text, zone) });
const zoned = (name: string, expr: string, zone: string, instants: string[], v: number, note: string, period = '2026-01'): Row => ({
  name, source: metricCard(expr), expected: { value: v }, note,
  inputs: { period, agents: [{ id: 'a1' }], records: instants.map((t) => instant(t, zone)) },
});

const rows: Row[] = [
  period('2021-01', '2021-01-01', '2021-01-31', 'a month'),
  period('2024-02', '2024-02-01', '2024-02-29', 'February of a leap year'),
  period('2023-02', '2023-02-01', '2023-02-28', 'February of a common year'),
  period('2021-Q1', '2021-01-01', '2021-03-31', 'first quarter'),
  period('2021-Q2', '2021-04-01', '2021-06-30', 'second quarter'),
  period('2021-Q4', '2021-10-01', '2021-12-31', 'fourth quarter'),
  period('2021', '2021-01-01', '2021-12-31', 'a year'),
  period('2021-W01', '2021-01-04', '2021-01-10', 'ISO week 1 of 2021 starts Monday 4 January (1 January 2021 was a Friday)'),
  period('2020-W53', '2020-12-28', '2021-01-03', 'ISO week 53 of 2020 runs into 2021'),
  period('2026-W03', '2026-01-12', '2026-01-18', '1 January 2026 is a Thursday, so W01 = 29 Dec 2025 – 4 Jan; W03 = 12–18 Jan'),
  period('2021-01-05', '2021-01-05', '2021-01-05', 'a day'),
  period('2021-01-05..2021-01-20', '2021-01-05', '2021-01-20', 'an explicit range, both days included'),
  inside('a month includes its first and last instants', '2026-01',
    ['2025-12-31 23:59:59.999', '2026-01-01 00:00', '2026-01-31 23:59:59.999', '2026-02-01 00:00'], 2,
    'the 1st 00:00 and the 31st 23:59:59.999 are in; the instants either side are out'),
  inside('a day is midnight to midnight', '2026-01-15',
    ['2026-01-14 23:59', '2026-01-15 00:00', '2026-01-15 23:59', '2026-01-16 00:00'], 2, 'only the 15th'),
  inside('an ISO week runs Monday to Sunday', '2026-W03',
    ['2026-01-11 23:00', '2026-01-12 00:00', '2026-01-18 23:59', '2026-01-19 00:00'], 2,
    'Sunday 11th is the week before, Monday 19th the week after'),
  inside('a quarter includes its last day', '2026-Q1', ['2026-01-01 00:00', '2026-03-31 23:59', '2026-04-01 00:00'], 2,
    '1 January and 31 March in, 1 April out'),
  inside('a year', '2026', ['2025-12-31 23:59', '2026-06-30 12:00', '2026-12-31 23:59', '2027-01-01 00:00'], 2,
    'only 2026'),
  inside('an explicit range includes both end days', '2026-01-10..2026-01-12',
    ['2026-01-09 23:59', '2026-01-10 00:00', '2026-01-12 23:59', '2026-01-13 00:00'], 2, '10th and 12th in'),
  inside('a leap day belongs to February', '2028-02', ['2028-02-29 12:00', '2028-03-01 00:00'], 1, '29 February 2028 exists'),
  tenure('2026-01-01..2026-01-20', '2026-01-10', 10, 'last day of the period is the 20th: 10 days'),
  tenure('2026', '2025-12-31', 365, 'last day 2026-12-31: 365 days'),
  tenure('2026-01', '2026-01-31', 0, 'hired on the last day: 0 days'),
  zoned('a month is bounded in the organisation\'s time zone', 'count()', 'Asia/Shanghai',
    ['2025-12-31T17:00:00Z', '2026-01-31T15:59:00Z', '2026-01-31T16:00:00Z'], 2,
    'UTC+8: 17:00Z on 31 Dec is 01:00 on 1 Jan (in); 15:59Z on 31 Jan is 23:59 (in); 16:00Z is 00:00 on 1 Feb (out)'),
  zoned('a month west of UTC', 'count()', 'America/New_York', ['2026-01-01T03:00:00Z', '2026-02-01T04:59:00Z'], 1,
    'UTC−5: 03:00Z on 1 Jan is 22:00 on 31 Dec (out); 04:59Z on 1 Feb is 23:59 on 31 Jan (in)'),
  zoned('hour() reads the organisation\'s clock', 'max(hour(occurred_at))', 'Asia/Shanghai', ['2026-01-15T02:30:00Z'], 10,
    '02:30Z is 10:30 in Shanghai'),
  zoned('hour() across a daylight-saving switch', 'max(hour(occurred_at))', 'Europe/Berlin', ['2026-03-29T01:30:00Z'], 3,
    'Berlin moves to UTC+2 at 01:00Z on 29 March 2026: 01:30Z is 03:30 local', '2026-03'),
  zoned('weekday() reads the organisation\'s calendar', 'max(weekday(occurred_at))', 'Asia/Shanghai', ['2026-01-11T23:30:00Z'], 1,
    'Sunday 23:30Z is Monday 07:30 in Shanghai → 1'),
  ...['day', 'week', 'month', 'quarter', 'year'].map((unit): Row => ({
    name: `period ${unit} is a period unit`, source: card(unit), expected: { without: ['YS330'] }, note: 'one of the five units',
  })),
  { name: 'an unknown period unit is an error', source: card('fortnight'), expected: { error: 'YS330', at: 'fortnight' }, note: 'not a unit' },
  {
    name: 'a period set twice is an error', source: card('month\n  period week'),
    expected: { error: 'YS333' }, note: 'one period per scorecard',
  },
];

runChapter('§5 periods', rows);
