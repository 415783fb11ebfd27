// Chapter 7 of the spec: team and group subjects (metrics over all their agents' records, agent.* out of
// scope, org(m) still available), the record kind, and the roster aggregates headcount/leavers/joiners.
import { metricCard, rec } from './builders';
import type { AgentInfo } from '@yardstick/engine';
import { runChapter, type Row } from './harness';

const card = (subject: string, ...items: string[]) => [
  'scorecard s {', '  period month', `  subject ${subject}`,
  '  metric handled = count()',
  '  metric csat = count(rating >= 4) / count(rating != null) as percent',
  ...items.map((i) => `  ${i}`),
  '  kpi csat_score = csat * 100',
  '  profile p default { csat_score: 100% }', '}',
].join('\n');

const RATED = [
  rec('a1', { team: 'T1', rating: 5 }), rec('a1', { team: 'T1', rating: 5 }),
  rec('a2', { team: 'T1', rating: 5 }), rec('a2', { team: 'T1', rating: 1 }), rec('a2', { team: 'T1', rating: 1 }), rec('a2', { team: 'T1', rating: 1 }),
  rec('a3', { team: 'T2', rating: 4 }), rec('a3', { team: 'T2', rating: 4 }),
];
const GROUPS: AgentInfo[] = [
  { id: 'a1', team: 'T1', group: 'G1' }, { id: 'a2', team: 'T1', group: 'G2' }, { id: 'a3', team: 'T2', group: 'G1' },
];
const ROSTER: AgentInfo[] = [
  { id: 'a1', team: 'T1', hiredOn: '2020-01-01' },
  { id: 'a2', team: 'T1', hiredOn: '2020-01-01' },
  { id: 'a4', team: 'T1', hiredOn: '2026-01-20' },
  { id: 'a5', team: 'T1', hiredOn: '2020-01-01', leftOn: '2026-01-10' },
  { id: 'a6', team: 'T1', hiredOn: '2020-01-01', leftOn: '2025-12-31' },
  { id: 'a7', team: 'T1', hiredOn: '2026-02-01' },
  { id: 'a8', team: 'T2', hiredOn: '2020-01-01', leftOn: '2026-01-31' },
];
const ROSTER_NOTE = 'T1 during January: a1, a2, a4 (joined 20th), a5 (left 10th) = 4; a6 left in December, a7 joins in February; ' +
  'leavers a5 = 1; joiners a4 = 1. T2: a8 leaves on the 31st: headcount 1, leavers 1';

const rows: Row[] = [
  {
    name: 'a team subject is scored over all its agents\' records', source: card('team'),
    inputs: { records: RATED },
    expected: { agents: { T1: { metrics: { handled: 6, csat: 0.5 }, score: 50, rank: 2 }, T2: { metrics: { csat: 1 }, score: 100, rank: 1 }, a1: null } },
    note: 'T1: (2 + 1) / (2 + 4) = 50%; T2: 2/2 = 100%; teams, not agents, are the subjects',
  },
  {
    name: 'org(m) in a team scorecard', source: card('team', 'kpi rel = csat / org(csat) * 100'),
    inputs: { records: RATED },
    expected: { agents: { T1: { kpis: { rel: 80 } }, T2: { kpis: { rel: 160 } } }, org: { csat: 0.625 } },
    note: 'org csat = (3 + 2) / (6 + 2) = 0.625; T1 0.5 / 0.625 = 80; T2 1 / 0.625 = 160',
  },
  {
    name: 'a group subject takes groups from the agents', source: card('group'),
    inputs: { agents: GROUPS, records: RATED },
    expected: { agents: { G1: { metrics: { handled: 4, csat: 1 }, score: 100 }, G2: { metrics: { csat: 0.25 }, score: 25 } } },
    note: 'G1 = a1 + a3: 4 of 4 ratings ≥ 4; G2 = a2: 1 of 4',
  },
  {
    name: 'agent.* is not in scope for a team subject', source: card('team', 'kpi t = agent.tenure_days'),
    expected: { error: 'YS111' }, note: 'team and group scorecards have no agent',
  },
  {
    name: 'agent.* is not in scope for a group subject', source: card('group', 'target csat >= 90% when agent.tenure_days < 90'),
    expected: { error: 'YS111' }, note: 'team and group scorecards have no agent',
  },
  {
    name: 'team.NAME is in scope for a team subject', source: card('team', 'kpi r = if team.region == "north" then 1 else 0'),
    expected: { without: ['YS111', 'YS113'] }, note: 'team.* reads the subject\'s attributes',
  },
  {
    name: 'group.NAME is in scope for a group subject', source: card('group', 'kpi r = if group.vendor == "acme" then 1 else 0'),
    expected: { without: ['YS111', 'YS113'] }, note: 'group.* reads the subject\'s attributes',
  },
  {
    name: 'the default subject is agent', source: metricCard('count()'),
    inputs: { records: [rec('a1', { team: 'T1' })] },
    expected: { agents: { a1: { metrics: { v: 1 } }, T1: null } }, note: 'no subject line → agents are scored',
  },
  { name: 'an unknown subject is an error', source: card('robot'), expected: { error: 'YS331', at: 'robot' }, note: 'agent, team or group' },
  {
    name: 'roster aggregates of a team', source: card('team', 'metric heads = headcount()', 'metric left = leavers()', 'metric joined = joiners()'),
    inputs: { agents: ROSTER, records: [rec('a1', { team: 'T1', rating: 5 }), rec('a8', { team: 'T2', rating: 5 })] },
    expected: { agents: { T1: { metrics: { heads: 4, left: 1, joined: 1 } }, T2: { metrics: { heads: 1, left: 1, joined: 0 } } } },
    note: ROSTER_NOTE,
  },
  {
    name: 'attrition rate from roster aggregates', source: card('team', 'metric attrition = leavers() / headcount() as percent'),
    inputs: { agents: ROSTER, records: [rec('a1', { team: 'T1', rating: 5 })] },
    expected: { agents: { T1: { metrics: { attrition: 0.25 } } } }, note: '1 leaver of 4 on the team = 25%',
  },
  {
    name: 'roster aggregates need a team or group subject', source: metricCard('headcount()'),
    expected: { error: 'YS116' }, note: 'an agent has no roster',
  },
  {
    name: 'records count by kind', source: metricCard('count(kind == "kb_contribution")'),
    inputs: { records: [rec('a1', { kind: 'kb_contribution' }), rec('a1'), rec('a1', { kind: 'interaction' }), rec('a1', { kind: 'kb_contribution' })] },
    expected: { value: 2 }, note: 'two kb_contribution records',
  },
  {
    name: 'a record without a kind is an interaction', source: metricCard('count(kind == "interaction")'),
    inputs: { records: [rec('a1', { kind: 'kb_contribution' }), rec('a1'), rec('a1', { kind: 'interaction' })] },
    expected: { value: 2 }, note: 'the record without kind and the explicit interaction',
  },
  {
    name: 'a survey average over its own kind', source: metricCard('avg(score where kind == "staff_survey")', { head: '  field score: number' }),
    inputs: { records: [rec('a1', { kind: 'staff_survey', score: 4 }), rec('a1', { kind: 'staff_survey', score: 2 }), rec('a1', { score: 5 })] },
    expected: { value: 3 }, note: '(4 + 2) / 2; the interaction\'s score is filtered out',
  },
  {
    name: 'CSAT over interactions only', source: metricCard('count(rating >= 4 where kind == "interaction") / count(rating != null where kind == "interaction") as percent'),
    inputs: { records: [rec('a1', { rating: 5 }), rec('a1', { rating: 1 }), rec('a1', { kind: 'staff_survey', rating: 5 })] },
    expected: { value: 0.5 }, note: 'the survey\'s rating is not an interaction: 1 of 2',
  },
];

runChapter('§7 subjects and record kinds', rows);
