// Chapter 4 of the spec: records and fields, what a bare name means where, agent attributes,
// team(m)/org(m), references in any order and cycles.
import { metricCard, rec } from './builders';
import { runChapter, type Row } from './harness';

const card = (...items: string[]) =>
  ['scorecard t {', '  period month', ...items, '  profile p default { k: 100% }', '}'].join('\n');
const CSAT = '  metric csat = count(rating >= 4) / count(rating != null) as percent';

const rows: Row[] = [
  {
    name: 'an unknown metric is reported at its name with a suggestion',
    source: card(CSAT, '  kpi k = csta * 100'),
    expected: { error: 'YS104', at: 'csta', suggestion: 'csat' }, note: 'did you mean csat?',
  },
  {
    name: 'an unknown field inside an aggregate is reported with a suggestion',
    source: card('  metric aht = avg(handel_seconds)', '  kpi k = 1'),
    expected: { error: 'YS100', at: 'handel_seconds', suggestion: 'handle_seconds' }, note: 'did you mean handle_seconds?',
  },
  {
    name: 'a record field outside an aggregate in a metric is an error',
    source: card('  metric v = rating', '  kpi k = 1'),
    expected: { error: 'YS105', at: 'rating' }, note: 'outside an aggregate a bare name is a metric or kpi',
  },
  {
    name: 'a record field in a kpi is an error',
    source: card('  metric n = count()', '  kpi k = handle_seconds'),
    expected: { error: 'YS105', at: 'handle_seconds' }, note: 'kpis see metrics, not record fields',
  },
  {
    name: 'a metric inside an aggregate is an error',
    source: card('  metric a = count()', '  metric v = sum(a)', '  kpi k = 1'),
    expected: { error: 'YS106', at: 'a' }, note: 'inside an aggregate only record fields are in scope',
  },
  {
    name: 'an aggregate in a kpi is an error',
    source: card('  kpi k = count()'),
    expected: { error: 'YS107' }, note: 'aggregates only in metrics',
  },
  {
    name: 'an aggregate in a target is an error',
    source: card('  metric n = count()', '  kpi k = n', '  target n >= count()'),
    expected: { error: 'YS107' }, note: 'aggregates only in metrics',
  },
  {
    name: 'a nested aggregate is an error',
    source: card('  metric v = avg(count())', '  kpi k = 1'),
    expected: { error: 'YS108' }, note: 'aggregates do not nest',
  },
  {
    name: 'a two-metric cycle is an error',
    source: card('  metric a = b + 1', '  metric b = a + 1', '  kpi k = 1'),
    expected: { error: 'YS109' }, note: 'a → b → a',
  },
  {
    name: 'a self-reference is a cycle',
    source: card('  metric a = a + 1', '  kpi k = 1'),
    expected: { error: 'YS109' }, note: 'a → a',
  },
  {
    name: 'a cycle through a kpi is an error',
    source: card('  metric m = k + count()', '  kpi k = m'),
    expected: { error: 'YS109' }, note: 'm → k → m',
  },
  {
    name: 'metrics may refer to later metrics',
    source: card('  metric v = later * 2', '  metric later = count()', '  kpi k = v'),
    inputs: { records: [rec('a1'), rec('a1'), rec('a1')] },
    expected: { agents: { a1: { metrics: { v: 6, later: 3 }, score: 6 } } }, note: 'later = 3 records; v = 3 × 2 = 6; k = v',
  },
  {
    name: 'kpis may refer to kpis and metrics in any order',
    source: card('  kpi k = half + n', '  kpi half = n / 2', '  metric n = count()'),
    inputs: { records: [rec('a1'), rec('a1'), rec('a1'), rec('a1')] },
    expected: { agents: { a1: { kpis: { k: 6, half: 2 } } } }, note: 'n = 4; half = 2; k = 2 + 4 = 6',
  },
  {
    name: 'a name defined twice is an error',
    source: card('  metric a = count()', '  metric a = count()', '  kpi k = a'),
    expected: { error: 'YS101' }, note: 'names are unique in a scorecard',
  },
  {
    name: 'a metric and a kpi cannot share a name',
    source: card('  metric k = count()', '  kpi k = 1'),
    expected: { error: 'YS101' }, note: 'metrics and kpis share one namespace',
  },
  {
    name: 'a built-in field cannot be declared again',
    source: card('  field rating: number', '  metric n = count()', '  kpi k = n'),
    expected: { error: 'YS114', at: 'rating' }, note: 'rating is built in',
  },
  {
    name: 'an undeclared custom field is unknown',
    source: card('  metric kb = count(kb_used)', '  kpi k = kb'),
    expected: { error: 'YS100', at: 'kb_used' }, note: 'custom fields need `field kb_used: boolean`',
  },
  {
    name: 'a declared custom field is read from records',
    source: card('  field kb_used: boolean', '  metric kb_rate = count(kb_used) / count() as percent', '  kpi k = kb_rate * 100'),
    inputs: { records: [rec('a1', { kb_used: true }), rec('a1', { kb_used: false }), rec('a1', { kb_used: true }), rec('a1')] },
    expected: { agents: { a1: { metrics: { kb_rate: 0.5 }, score: 50 } } }, note: '2 of 4 records used the KB: 50%; k = 50',
  },
  {
    name: 'inside an aggregate a bare name is the field even when a metric has that name',
    source: card('  metric rating = avg(rating)', '  kpi k = rating * 20'),
    inputs: { records: [rec('a1', { rating: 5 }), rec('a1', { rating: 3 })] },
    expected: { agents: { a1: { metrics: { rating: 4 }, kpis: { k: 80 } } } },
    note: 'avg(rating) reads the record field: 4; outside, `rating` is the metric: 4 × 20 = 80',
  },
  {
    name: 'agent.tenure_days counts days from hired_on to the last day of the period',
    source: card('  metric n = count()', '  kpi k = agent.tenure_days'),
    inputs: { agents: [{ id: 'a1', hiredOn: '2026-01-01' }], records: [rec('a1')] },
    expected: { agents: { a1: { kpis: { k: 30 } } } }, note: '2026-01-01 → 2026-01-31 = 30 days',
  },
  {
    name: 'agent.tenure_days before the period',
    source: card('  metric n = count()', '  kpi k = agent.tenure_days'),
    inputs: { agents: [{ id: 'a1', hiredOn: '2025-01-01' }], records: [rec('a1')] },
    expected: { agents: { a1: { kpis: { k: 395 } } } }, note: '2025-01-01 → 2026-01-31 = 365 + 30 = 395 days',
  },
  {
    name: 'agent.base_bonus reads the agent attribute',
    source: card('  metric n = count()', '  kpi k = agent.base_bonus / 100'),
    inputs: { agents: [{ id: 'a1', attributes: { base_bonus: 5000 } }], records: [rec('a1')] },
    expected: { agents: { a1: { kpis: { k: 50 } } } }, note: '5000 / 100 = 50',
  },
  {
    name: 'a custom agent attribute is read by agent.NAME',
    source: card('  metric n = count()', '  kpi k = agent.level * 10'),
    inputs: { agents: [{ id: 'a1', attributes: { level: 3 } }], records: [rec('a1')] },
    expected: { agents: { a1: { kpis: { k: 30 } } } }, note: 'level 3 × 10 = 30',
  },
  {
    name: 'an unknown prefix before a dot is an error',
    source: card('  metric n = count()', '  kpi k = boss.level'),
    expected: { error: 'YS113' }, note: 'only agent., team. and group.',
  },
  {
    name: 'team(m) is a ratio of the team\'s sums, not a mean of ratios',
    source: card(CSAT, '  kpi k = team(csat) * 100'),
    inputs: {
      records: [
        rec('a1', { team: 'T1', rating: 5 }), rec('a1', { team: 'T1', rating: 5 }),
        rec('a2', { team: 'T1', rating: 5 }), rec('a2', { team: 'T1', rating: 1 }),
        rec('a2', { team: 'T1', rating: 1 }), rec('a2', { team: 'T1', rating: 1 }),
        rec('a3', { team: 'T2', rating: 1 }),
      ],
    },
    expected: {
      agents: { a1: { metrics: { csat: 1 }, kpis: { k: 50 } }, a2: { metrics: { csat: 0.25 }, kpis: { k: 50 } } },
      teams: { T1: { csat: 0.5 }, T2: { csat: 0 } },
    },
    note: 'a1 2/2, a2 1/4; team T1 = (2 + 1)/(2 + 4) = 3/6 = 50% (a mean of ratios would be 62.5%)',
  },
  {
    name: 'org(m) covers every record of the organisation',
    source: card(CSAT, '  kpi k = org(csat) * 100'),
    inputs: {
      records: [rec('a1', { team: 'T1', rating: 5 }), rec('a2', { team: 'T2', rating: 4 }), rec('a3', { team: 'T2', rating: 2 }), rec('a3', { team: 'T2', rating: 1 })],
    },
    expected: { agents: { a1: { kpis: { k: 50 } }, a3: { kpis: { k: 50 } } }, org: { csat: 0.5 } },
    note: '2 of 4 ratings ≥ 4 across everyone: 50%',
  },
  {
    name: 'team() needs a metric name',
    source: card('  metric n = count()', '  kpi k = team(3)'),
    expected: { error: 'YS112' }, note: 'team(m) takes a metric',
  },
  {
    name: 'metricCard reads a1\'s metric v (harness self-check)',
    source: metricCard('count() * 2'),
    inputs: { records: [rec('a1'), rec('a1'), rec('a2')] },
    expected: { value: 4, agents: { a2: { metrics: { v: 2 } } } }, note: 'a1 has 2 records, a2 has 1',
  },
];

runChapter('§4 names and scopes', rows);
