// Chapter 5 of the spec, targets: the first line for a metric whose `when` holds applies; the result is
// target, actual, met and gap (how far from the target, ≥ 0 when met, negative when missed).
import { column, rec } from './builders';
import { runChapter, type Row } from './harness';

const card = (...targets: string[]) => [
  'scorecard t {', '  period month',
  '  metric handled = count()',
  '  metric csat = count(rating >= 4) / count(rating != null) as percent',
  '  metric aht = avg(handle_seconds) as duration',
  '  kpi k = handled',
  ...targets.map((t) => `  ${t}`),
  '  profile p default { k: 100% }', '}',
].join('\n');
const ratings = (agent: string, list: (number | null)[]) => list.map((r) => rec(agent, { rating: r }));
const handle = (agent: string, seconds: number) => rec(agent, { handle_seconds: seconds });
const NEW_HIRE = { id: 'new', hiredOn: '2026-01-01' };
const VETERAN = { id: 'vet', hiredOn: '2025-01-01' };
const TENURE = ['target aht <= 420s when agent.tenure_days < 90', 'target aht <= 360s'];

const rows: Row[] = [
  {
    name: 'a missed >= target has a negative gap', source: card('target csat >= 90%'),
    inputs: { records: ratings('a1', [5, 5, 5, 5, 1]) },
    expected: { agents: { a1: { targets: { csat: { target: 0.9, actual: 0.8, met: false, gap: -0.1 } } } } },
    note: 'csat = 4/5 = 0.8; gap = 0.8 − 0.9 = −0.1',
  },
  {
    name: 'a >= target met exactly has gap 0', source: card('target csat >= 90%'),
    inputs: { records: ratings('a1', [5, 5, 5, 5, 5, 5, 5, 5, 5, 1]) },
    expected: { agents: { a1: { targets: { csat: { target: 0.9, actual: 0.9, met: true, gap: 0 } } } } },
    note: '9/10 = 0.9 ≥ 0.9; gap 0',
  },
  {
    name: 'a met <= target has a positive gap', source: card('target aht <= 420s'),
    inputs: { records: [handle('a1', 400)] },
    expected: { agents: { a1: { targets: { aht: { target: 420, actual: 400, met: true, gap: 20 } } } } },
    note: '400 ≤ 420; gap = 420 − 400 = 20',
  },
  {
    name: 'a missed <= target has a negative gap', source: card('target aht <= 420s'),
    inputs: { records: [handle('a1', 450)] },
    expected: { agents: { a1: { targets: { aht: { met: false, gap: -30 } } } } },
    note: '450 > 420; gap = 420 − 450 = −30',
  },
  {
    name: 'a > target is not met at equality', source: card('target csat > 90%'),
    inputs: { records: ratings('a1', [5, 5, 5, 5, 5, 5, 5, 5, 5, 1]) },
    expected: { agents: { a1: { targets: { csat: { met: false } } } } }, note: '0.9 > 0.9 fails',
  },
  {
    name: 'a met > target', source: card('target csat > 50%'),
    inputs: { records: ratings('a1', [5, 5, 5, 1]) },
    expected: { agents: { a1: { targets: { csat: { met: true, gap: 0.25 } } } } }, note: '0.75 > 0.5; gap = 0.75 − 0.5 = 0.25',
  },
  {
    name: 'a met < target', source: card('target aht < 5m'),
    inputs: { records: [handle('a1', 240)] },
    expected: { agents: { a1: { targets: { aht: { target: 300, met: true, gap: 60 } } } } }, note: '240 < 300; gap = 300 − 240 = 60',
  },
  {
    name: 'a missed < target at equality', source: card('target aht < 5m'),
    inputs: { records: [handle('a1', 300)] },
    expected: { agents: { a1: { targets: { aht: { met: false } } } } }, note: '300 < 300 fails',
  },
  {
    name: 'the when line applies to a new hire', source: card(...TENURE),
    inputs: { agents: [NEW_HIRE], records: [handle('new', 400)] },
    expected: { agents: { new: { targets: { aht: { target: 420, actual: 400, met: true, gap: 20 } } } } },
    note: 'tenure 30 days < 90 → 420s; 420 − 400 = 20',
  },
  {
    name: 'the unconditional line applies when the when fails', source: card(...TENURE),
    inputs: { agents: [VETERAN], records: [handle('vet', 400)] },
    expected: { agents: { vet: { targets: { aht: { target: 360, actual: 400, met: false, gap: -40 } } } } },
    note: 'tenure 395 days → 360s; 360 − 400 = −40',
  },
  {
    name: 'the first line whose when holds wins',
    source: card('target aht <= 400s when agent.tenure_days < 90', 'target aht <= 500s when agent.tenure_days < 365', 'target aht <= 300s'),
    inputs: { agents: [NEW_HIRE], records: [handle('new', 450)] },
    expected: { agents: { new: { targets: { aht: { target: 400, met: false, gap: -50 } } } } },
    note: 'tenure 30: both whens hold, the first (400s) applies; 400 − 450 = −50',
  },
  {
    name: 'the second when line applies when the first fails',
    source: card('target aht <= 400s when agent.tenure_days < 90', 'target aht <= 500s when agent.tenure_days < 730', 'target aht <= 300s'),
    inputs: { agents: [VETERAN], records: [handle('vet', 450)] },
    expected: { agents: { vet: { targets: { aht: { target: 500, met: true, gap: 50 } } } } },
    note: 'tenure 395: first fails, second holds → 500s; 500 − 450 = 50',
  },
  {
    name: 'no target when no line applies', source: card('target aht <= 400s when agent.tenure_days < 90'),
    inputs: { agents: [VETERAN], records: [handle('vet', 450)] },
    expected: { agents: { vet: { targets: { aht: null } } } }, note: 'the only line fails its when',
  },
  {
    name: 'a when on a metric', source: card('target aht <= 300s when handled >= 3', 'target aht <= 600s'),
    inputs: { records: [handle('a1', 400), handle('a2', 400), handle('a2', 400), handle('a2', 400)] },
    expected: { agents: { a1: { targets: { aht: { target: 600, met: true } } }, a2: { targets: { aht: { target: 300, met: false, gap: -100 } } } } },
    note: 'a1 handled 1 → 600s; a2 handled 3 → 300s, 300 − 400 = −100',
  },
  {
    name: 'a null actual is not met and has no gap', source: card('target csat >= 90%'),
    inputs: { records: ratings('a1', [null, null]) },
    expected: { agents: { a1: { targets: { csat: { target: 0.9, actual: null, met: false, gap: null } } } } },
    note: 'csat = 0/0 → null',
  },
  {
    name: 'targets on two metrics', source: card('target csat >= 80%', 'target aht <= 5m'),
    inputs: { records: [rec('a1', { rating: 5, handle_seconds: 200 }), rec('a1', { rating: 3, handle_seconds: 500 })] },
    expected: { agents: { a1: { targets: { csat: { actual: 0.5, met: false, gap: -0.3 }, aht: { actual: 350, met: false, gap: -50 } } } } },
    note: 'csat 1/2 = 0.5 → 0.5 − 0.8 = −0.3; aht (200 + 500)/2 = 350 → 300 − 350 = −50',
  },
  {
    name: 'a target needs a metric, not a kpi', source: card('target k >= 10'),
    expected: { error: 'YS320', at: 'k' }, note: 'k is a kpi',
  },
  {
    name: 'a target line after an unconditional one can never apply', source: card('target aht <= 360s', 'target aht <= 420s when agent.tenure_days < 90'),
    expected: { warning: 'YS321' }, note: 'the unconditional line always applies first',
  },
  {
    name: 'a target unit must match the metric', source: card('target csat >= 30s'),
    expected: { error: ['YS200', 'YS201'] }, note: 'csat is a percent, 30s a duration',
  },
  {
    name: 'targets per agent from the same lines', source: card('target aht <= 300s'),
    inputs: { records: column('handle_seconds', [250]).concat(column('handle_seconds', [350], 'a2')) },
    expected: { agents: { a1: { targets: { aht: { met: true, gap: 50 } } }, a2: { targets: { aht: { met: false, gap: -50 } } } } },
    note: 'a1 300 − 250 = 50; a2 300 − 350 = −50',
  },
];

runChapter('§5 targets', rows);
