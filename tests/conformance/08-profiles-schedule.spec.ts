// Chapter 5 of the spec, the profile in force: explicit, scheduled (`active` range holding the whole period),
// default; a period straddling a switch is scored per segment and combined weighted by record counts;
// overlapping active ranges are a check error. k1, k2, k3 = avg(x1), avg(x2), avg(x3).
import { kpiCard, kpis } from './builders';
import { runChapter, type Row } from './harness';

const PROFILES = [
  '  profile normal default { k1: 100% }',
  '  profile promo active 2026-11-01..2026-11-11 { k2: 100% }',
].join('\n');
const CARD = kpiCard([1, 1], { profiles: PROFILES });
const card = (...profiles: string[]) => kpiCard([1, 1, 1], { profiles: profiles.join('\n') });
const NOV = { from: '2026-11-01', to: '2026-11-30' };
/** a record of `agent` on `day` with kpi fields x1, x2 */
const on = (agent: string, day: string, x1: number | null, x2: number | null, x3: number | null = null) =>
  kpis(agent, [x1, x2, x3], {}, `${day} 12:00`);
/** a record of `agent` at a wall-clock time `YYYY-MM-DD HH:MM` */
const at = (agent: string, time: string, x1: number | null, x2: number | null) => kpis(agent, [x1, x2, null], {}, time);
const A1_NOV = [on('a1', '2026-11-05', 50, 100), on('a1', '2026-11-20', 80, 0), on('a1', '2026-11-25', 60, 0)];

const rows: Row[] = [
  {
    name: 'the default profile applies when no active range holds the period', source: CARD,
    inputs: { period: { from: '2026-10-01', to: '2026-10-31' }, records: [on('a1', '2026-10-15', 70, 10)] },
    expected: {
      agents: { a1: { score: 70, profile: 'normal' } },
      segments: [{ from: '2026-10-01', to: '2026-10-31', profile: 'normal', reason: 'default', records: 1 }],
    },
    note: 'October: normal weighs k1 = 70 at 100%',
  },
  {
    name: 'the scheduled profile applies when its range holds the whole period', source: CARD,
    inputs: { period: { from: '2026-11-01', to: '2026-11-11' }, records: [on('a1', '2026-11-05', 70, 10)] },
    expected: {
      agents: { a1: { score: 10, profile: 'promo' } },
      segments: [{ from: '2026-11-01', to: '2026-11-11', profile: 'promo', reason: 'scheduled', records: 1 }],
    },
    note: 'the period is exactly the active range: promo weighs k2 = 10',
  },
  {
    name: 'a period inside an active range is scheduled', source: CARD,
    inputs: { period: { from: '2026-11-03', to: '2026-11-05' }, records: [on('a1', '2026-11-04', 70, 10)] },
    expected: { agents: { a1: { score: 10, profile: 'promo' } }, segments: [{ profile: 'promo', reason: 'scheduled' }] },
    note: '3–5 November lies inside 1–11 November',
  },
  {
    name: 'an explicit profile wins over the schedule', source: CARD,
    inputs: { period: { from: '2026-11-01', to: '2026-11-11' }, profile: 'normal', records: [on('a1', '2026-11-05', 70, 10)] },
    expected: { agents: { a1: { score: 70, profile: 'normal' } }, segments: [{ profile: 'normal', reason: 'explicit' }] },
    note: 'asked for normal: k1 = 70',
  },
  {
    name: 'an explicit profile wins over the default', source: CARD,
    inputs: { period: { from: '2026-10-01', to: '2026-10-31' }, profile: 'promo', records: [on('a1', '2026-10-15', 70, 10)] },
    expected: { agents: { a1: { score: 10, profile: 'promo' } }, segments: [{ profile: 'promo', reason: 'explicit' }] },
    note: 'asked for promo in October: k2 = 10',
  },
  {
    name: 'an explicit profile over a straddling period is one segment', source: CARD,
    inputs: { period: NOV, profile: 'normal', records: A1_NOV },
    expected: {
      agents: { a1: { score: 190 / 3 } },
      segments: [{ from: '2026-11-01', to: '2026-11-30', profile: 'normal', reason: 'explicit', records: 3 }],
    },
    note: 'no split: k1 = avg(50, 80, 60) = 63.333…',
  },
  {
    name: 'a straddling period is scored per segment, weighted by record count', source: CARD,
    inputs: { period: NOV, records: A1_NOV },
    expected: {
      agents: { a1: { score: 80, profile: 'promo+normal' } },
      segments: [
        { from: '2026-11-01', to: '2026-11-11', profile: 'promo', reason: 'scheduled', records: 1 },
        { from: '2026-11-12', to: '2026-11-30', profile: 'normal', reason: 'default', records: 2 },
      ],
      explainSegments: { a1: 2 },
    },
    note: 'promo segment: 1 record, k2 = 100 → 100; normal segment: 2 records, k1 = avg(80, 60) = 70 → 70; (1 × 100 + 2 × 70) / 3 = 80',
  },
  {
    name: 'segment weights are each subject\'s own record counts', source: CARD,
    inputs: {
      period: NOV,
      records: [
        ...A1_NOV,
        on('a2', '2026-11-02', null, 90), on('a2', '2026-11-03', null, 60), on('a2', '2026-11-04', null, 30), on('a2', '2026-11-15', 100, null),
      ],
    },
    expected: {
      agents: { a1: { score: 80, rank: 1 }, a2: { score: 70, rank: 2 } },
      segments: [{ profile: 'promo', records: 4 }, { profile: 'normal', records: 3 }],
    },
    note: 'a2: promo k2 = avg(90, 60, 30) = 60 over 3 records, normal k1 = 100 over 1: (3 × 60 + 1 × 100) / 4 = 70; a1 as above 80',
  },
  {
    name: 'a segment without records weighs nothing', source: CARD,
    inputs: { period: NOV, records: [on('a1', '2026-11-20', 80, 0)] },
    expected: { agents: { a1: { score: 80 } } }, note: 'promo segment has 0 records for a1: score = the normal segment\'s k1 = 80',
  },
  {
    name: 'a period starting before an active range splits at its start', source: CARD,
    inputs: { period: { from: '2026-10-25', to: '2026-11-05' }, records: [on('a1', '2026-10-26', 40, 0), on('a1', '2026-11-02', 0, 100)] },
    expected: {
      agents: { a1: { score: 70 } },
      segments: [
        { from: '2026-10-25', to: '2026-10-31', profile: 'normal', reason: 'default', records: 1 },
        { from: '2026-11-01', to: '2026-11-05', profile: 'promo', reason: 'scheduled', records: 1 },
      ],
    },
    note: '(1 × 40 + 1 × 100) / 2 = 70',
  },
  {
    name: 'an active range in the middle of a period gives three segments', source: CARD,
    inputs: {
      period: { from: '2026-10-30', to: '2026-11-15' },
      records: [on('a1', '2026-10-30', 10, null), on('a1', '2026-11-10', null, 40), on('a1', '2026-11-14', 70, null)],
    },
    expected: {
      agents: { a1: { score: 40 } },
      segments: [
        { from: '2026-10-30', to: '2026-10-31', profile: 'normal', reason: 'default', records: 1 },
        { from: '2026-11-01', to: '2026-11-11', profile: 'promo', reason: 'scheduled', records: 1 },
        { from: '2026-11-12', to: '2026-11-15', profile: 'normal', reason: 'default', records: 1 },
      ],
    },
    note: 'segments score 10, 40, 70, one record each: (10 + 40 + 70) / 3 = 40',
  },
  {
    name: 'two scheduled profiles in a quarter',
    source: card('  profile normal default { k1: 100% }', '  profile promo active 2026-11-01..2026-11-11 { k2: 100% }',
      '  profile xmas active 2026-12-20..2026-12-31 { k3: 100% }'),
    inputs: {
      period: { from: '2026-10-01', to: '2026-12-31' },
      records: [on('a1', '2026-10-15', 60, null), on('a1', '2026-11-05', null, 100), on('a1', '2026-12-01', 80, null), on('a1', '2026-12-25', null, null, 40)],
    },
    expected: {
      agents: { a1: { score: 70 } },
      segments: [
        { from: '2026-10-01', to: '2026-10-31', profile: 'normal' }, { from: '2026-11-01', to: '2026-11-11', profile: 'promo' },
        { from: '2026-11-12', to: '2026-12-19', profile: 'normal' }, { from: '2026-12-20', to: '2026-12-31', profile: 'xmas' },
      ],
    },
    note: 'one record per segment: 60, 100, 80, 40 → (60 + 100 + 80 + 40) / 4 = 70',
  },
  {
    name: 'overlapping active ranges are an error',
    source: card('  profile normal default { k1: 100% }', '  profile promo active 2026-11-01..2026-11-11 { k2: 100% }',
      '  profile late active 2026-11-11..2026-11-20 { k3: 100% }'),
    expected: { error: 'YS304' }, note: 'both hold 2026-11-11 (ranges include both ends)',
  },
  // Overrides (the service's, the CLI's --override) switch at any instant, not only at midnight. Records are
  // placed by their wall-clock time; each stretch is scored under its profile and the stretches are combined
  // weighted by record count, as for the schedule.
  {
    name: 'an override switching within a day splits the records at that instant',
    source: CARD,
    inputs: {
      period: { from: '2026-10-01', to: '2026-10-31' },
      overrides: [{ from: '2026-10-20 12:00', to: '2026-10-21 06:00', profile: 'promo' }],
      records: [
        at('a1', '2026-10-20 11:59', 50, 0), at('a1', '2026-10-20 12:00', 0, 90),
        at('a1', '2026-10-21 05:59', 0, 60), at('a1', '2026-10-21 06:00', 80, 0),
      ],
    },
    expected: {
      agents: { a1: { score: 70, profile: 'normal+promo+normal' } },
      segments: [
        { from: '2026-10-01', to: '2026-10-20', start: '2026-10-01T00:00:00', end: '2026-10-20T12:00:00', profile: 'normal', reason: 'default', records: 1 },
        { from: '2026-10-20', to: '2026-10-21', start: '2026-10-20T12:00:00', end: '2026-10-21T06:00:00', profile: 'promo', reason: 'override', records: 2 },
        { from: '2026-10-21', to: '2026-10-31', start: '2026-10-21T06:00:00', end: '2026-11-01T00:00:00', profile: 'normal', reason: 'default', records: 1 },
      ],
      explainSegments: { a1: 3 },
    },
    note: '11:59 → normal k1 = 50 (1 record); 12:00 and 05:59 → promo k2 = avg(90, 60) = 75 (2); 06:00 → normal k1 = 80 (1): '
      + '(1 × 50 + 2 × 75 + 1 × 80) / 4 = 280 / 4 = 70',
  },
  {
    name: 'an override within a scheduled range wins while it holds',
    source: CARD,
    inputs: {
      period: { from: '2026-11-01', to: '2026-11-11' },
      overrides: [{ from: '2026-11-05 18:00', to: '2026-11-06 00:00', profile: 'normal' }],
      records: [
        at('a1', '2026-11-05 17:00', 10, 100), at('a1', '2026-11-05 18:30', 40, 0),
        at('a1', '2026-11-05 23:59', 70, 0), at('a1', '2026-11-06 00:00', 0, 20),
      ],
    },
    expected: {
      agents: { a1: { score: 57.5 } },
      segments: [
        { start: '2026-11-01T00:00:00', end: '2026-11-05T18:00:00', profile: 'promo', reason: 'scheduled', records: 1 },
        { start: '2026-11-05T18:00:00', end: '2026-11-06T00:00:00', profile: 'normal', reason: 'override', records: 2 },
        { from: '2026-11-06', to: '2026-11-11', start: '2026-11-06T00:00:00', end: '2026-11-12T00:00:00', profile: 'promo', reason: 'scheduled', records: 1 },
      ],
    },
    note: 'promo k2 = 100 (1 record); normal k1 = avg(40, 70) = 55 (2); promo k2 = 20 (1): (100 + 2 × 55 + 20) / 4 = 230 / 4 = 57.5',
  },
  {
    name: 'an override over the whole period is one segment',
    source: CARD,
    inputs: {
      period: { from: '2026-10-01', to: '2026-10-31' },
      overrides: [{ from: '2026-09-30 08:00', to: '2026-11-02 00:00', profile: 'promo' }],
      records: [at('a1', '2026-10-15 09:00', 70, 10)],
    },
    expected: {
      agents: { a1: { score: 10, profile: 'promo' } },
      segments: [{ from: '2026-10-01', to: '2026-10-31', start: '2026-10-01T00:00:00', end: '2026-11-01T00:00:00', profile: 'promo', reason: 'override', records: 1 }],
    },
    note: 'the override is clipped to the period: promo weighs k2 = 10',
  },
  {
    name: 'segment weights within a day are each agent\'s own record counts',
    source: CARD,
    inputs: {
      period: { from: '2026-10-01', to: '2026-10-31' },
      overrides: [{ from: '2026-10-20 12:00', to: '2026-10-20 18:00', profile: 'promo' }],
      records: [
        at('a1', '2026-10-20 09:00', 30, 0), at('a1', '2026-10-20 13:00', 0, 90),
        at('a2', '2026-10-20 12:30', 0, 40), at('a2', '2026-10-20 14:00', 0, 70), at('a2', '2026-10-20 18:00', 100, 0),
      ],
    },
    expected: {
      agents: { a1: { score: 60, rank: 2 }, a2: { score: 70, rank: 1 } },
      segments: [{ records: 1 }, { records: 3 }, { records: 1 }],
    },
    note: 'a1: normal 30 (1), promo 90 (1): (30 + 90) / 2 = 60; a2: promo avg(40, 70) = 55 (2), normal 100 (1): (2 × 55 + 100) / 3 = 70',
  },
  {
    name: 'an active range inside another is an overlap',
    source: card('  profile normal default { k1: 100% }', '  profile promo active 2026-11-01..2026-11-30 { k2: 100% }',
      '  profile peak active 2026-11-10..2026-11-12 { k3: 100% }'),
    expected: { error: 'YS304' }, note: '10–12 November lies in both',
  },
  {
    name: 'adjacent active ranges do not overlap',
    source: card('  profile normal default { k1: 100% }', '  profile promo active 2026-11-01..2026-11-11 { k2: 100% }',
      '  profile late active 2026-11-12..2026-11-20 { k3: 100% }'),
    expected: { without: ['YS304'] }, note: '11 November and 12 November are different days',
  },
  {
    name: 'a range ending before it starts is an error',
    source: card('  profile normal default { k1: 100% }', '  profile promo active 2026-11-11..2026-11-01 { k2: 100% }'),
    expected: { error: 'YS305' }, note: '11 November > 1 November',
  },
  {
    name: 'no default profile is an error (catalogue YS306)',
    source: card('  profile promo active 2026-11-01..2026-11-11 { k2: 100% }'),
    expected: { error: 'YS306' }, note: 'periods outside every active range need a default',
  },
  {
    name: 'two default profiles are an error',
    source: card('  profile a default { k1: 100% }', '  profile b default { k2: 100% }'),
    expected: { error: 'YS307' }, note: 'only one default',
  },
  {
    name: 'a scorecard without profiles is an error',
    source: card(''),
    expected: { error: 'YS308' }, note: 'at least one profile',
  },
  {
    name: 'every profile\'s weights must sum to 100%',
    source: card('  profile normal default { k1: 100% }', '  profile promo active 2026-11-01..2026-11-11 { k2: 90% }'),
    expected: { error: 'YS300' }, note: 'promo sums to 90%',
  },
];

runChapter('§5 profiles and schedules', rows);
