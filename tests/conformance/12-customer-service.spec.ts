// The customer-service chapter: FCR, AHT, CSAT, service level / 30-second response rate, 询单人数, with
// null ratings, an empty period and zero denominators; then the complete example of spec §1, scored.
import { metricCard, rec, rows as recordsOf, type Fields } from './builders';
import { runChapter, type Row } from './harness';
import { EXAMPLE_INPUTS, SPEC_EXAMPLE } from './spec-example';

const CS = [
  'scorecard cs "客服" {', '  period month',
  '  metric handled = count()',
  '  metric csat = count(rating >= 4) / count(rating != null)         as percent',
  '  metric fcr  = count(first_contact_resolved) / count(resolved)     as percent',
  '  metric aht  = avg(handle_seconds)                                 as duration',
  '  metric sl30 = count(first_response_seconds <= 30s) / count()      as percent',
  '  metric askers "询单人数" = distinct(customer)',
  '  kpi csat_score = csat * 100',
  '  kpi fcr_score  = fcr * 100',
  '  kpi aht_score  = clamp(100 - (aht - 300s) / 3s, 0, 100)',
  '  kpi sl_score   = sl30 * 100',
  '  profile p default { csat_score: 40%, fcr_score: 30%, aht_score: 15%, sl_score: 15% }', '}',
].join('\n');

// rating, resolved, first_contact_resolved, handle_seconds, first_response_seconds, customer
const A1: Fields[] = [
  { rating: 5, resolved: true, first_contact_resolved: true, handle_seconds: 240, first_response_seconds: 10, customer: 'c1' },
  { rating: 4, resolved: true, first_contact_resolved: false, handle_seconds: 360, first_response_seconds: 30, customer: 'c2' },
  { rating: 2, resolved: false, first_contact_resolved: false, handle_seconds: 600, first_response_seconds: 45, customer: 'c1' },
  { rating: null, resolved: true, first_contact_resolved: true, handle_seconds: 300, first_response_seconds: 20, customer: 'c3' },
  { rating: 3, resolved: true, first_contact_resolved: true, handle_seconds: 180, first_response_seconds: null, customer: null },
  { rating: null, resolved: null, first_contact_resolved: null, handle_seconds: null, first_response_seconds: 31, customer: 'c2' },
];
const A1_NOTE = 'csat: ratings ≥ 4 are #1 #2 = 2 of 4 rated = 50%; fcr: 3 first-contact of 4 resolved = 75%; ' +
  'aht: (240 + 360 + 600 + 300 + 180) / 5 = 336 s; sl30: 10, 30, 20 ≤ 30 s = 3 of 6 = 50%; askers c1 c2 c3 = 3';
const without = (field: string, value: unknown) => A1.map((r) => ({ ...r, [field]: value }) as Fields);

const ALERTS = [
  'scorecard al {', '  period month', '  metric handled = count()',
  '  metric aht = avg(handle_seconds) as duration', '  metric csat = count(rating >= 4) / count(rating != null) as percent',
  '  kpi k = handled', '  profile p default { k: 100% }',
  '  alert slow "处理时长异常" when aht > team(aht) * 1.2 notify supervisor',
  '  alert low_csat when csat < 80% and handled >= 2 notify agent, supervisor', '}',
].join('\n');

const small = (name: string, expr: string, list: Fields[], v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), inputs: { agents: [{ id: 'a1' }], records: recordsOf('a1', list) }, expected: { value: v }, note });

const rows: Row[] = [
  {
    name: 'FCR, AHT, CSAT, 30-second rate and 询单人数 of one agent', source: CS,
    inputs: { records: recordsOf('a1', A1) },
    expected: {
      agents: {
        a1: {
          metrics: { handled: 6, csat: 0.5, fcr: 0.75, aht: 336, sl30: 0.5, askers: 3 },
          kpis: { csat_score: 50, fcr_score: 75, aht_score: 88, sl_score: 50 }, score: 63.2, rank: 1,
        },
      },
    },
    note: `${A1_NOTE}; aht_score 100 − 36/3 = 88; score 0.4×50 + 0.3×75 + 0.15×88 + 0.15×50 = 20 + 22.5 + 13.2 + 7.5 = 63.2`,
  },
  {
    name: 'no ratings: CSAT is null and its weight is renormalized away', source: CS,
    inputs: { records: recordsOf('a1', without('rating', null)) },
    expected: { agents: { a1: { metrics: { csat: null }, kpis: { csat_score: null }, score: 72 } } },
    note: 'csat 0/0 → null; (22.5 + 13.2 + 7.5) / 0.6 = 43.2 / 0.6 = 72',
  },
  {
    name: 'nothing resolved: FCR has a zero denominator', source: CS,
    inputs: { records: recordsOf('a1', without('resolved', false).map((r) => ({ ...r, first_contact_resolved: false }))) },
    expected: { agents: { a1: { metrics: { fcr: null }, kpis: { fcr_score: null }, score: 40.7 / 0.7 } } },
    note: 'fcr 0/0 → null; (20 + 13.2 + 7.5) / 0.7 = 40.7 / 0.7 = 58.142857…',
  },
  {
    name: 'an agent with no records in the period', source: CS,
    inputs: { agents: [{ id: 'a1' }, { id: 'a2' }], records: recordsOf('a1', A1) },
    expected: {
      agents: {
        a1: { score: 63.2, rank: 1 },
        a2: { records: 0, metrics: { handled: 0, csat: null, fcr: null, aht: null, sl30: null, askers: 0 }, score: null, rank: null },
      },
    },
    note: 'a2: count() = 0, distinct = 0; every ratio 0/0 and avg of nothing → null; every kpi null → score null, unranked',
  },
  {
    name: 'an empty period scores nobody', source: CS,
    inputs: { agents: [{ id: 'a1' }], records: [rec('a1', { rating: 5 }, '2026-02-10 10:00')] },
    expected: { agents: { a1: { metrics: { handled: 0, csat: null }, score: null, rank: null } }, recordsOutsidePeriod: 1 },
    note: 'the only record is in February; January has none',
  },
  {
    name: 'team and organisation CSAT are ratios of sums', source: CS,
    inputs: {
      records: [
        ...recordsOf('a1', [{ team: 'T1', rating: 5 }, { team: 'T1', rating: 4 }, { team: 'T1', rating: 1 }, { team: 'T1', rating: 2 }]),
        ...recordsOf('a2', [{ team: 'T1', rating: 5 }]),
        ...recordsOf('a3', [{ team: 'T2', rating: 1 }, { team: 'T2', rating: null }]),
      ],
    },
    expected: { teams: { T1: { csat: 0.6, handled: 5 }, T2: { csat: 0, handled: 2 } }, org: { csat: 0.5, handled: 7 } },
    note: 'T1: (2 + 1) / (4 + 1) = 60% (mean of ratios 75%); T2: 0/1; org: 3/6 = 50%',
  },
  small('询单人数 = distinct(customer)', 'distinct(customer)', [{ customer: 'c1' }, { customer: 'c1' }, { customer: 'c2' }, { customer: 'c1' }, {}], 2,
    'four sessions from c1 c1 c2 c1 and one anonymous: 2 people'),
  small('询单转化率 = converted people / people', 'distinct(customer where converted) / distinct(customer) as percent',
    [{ customer: 'c1', converted: false }, { customer: 'c1', converted: true }, { customer: 'c2', converted: false }, { customer: 'c3', converted: true }],
    2 / 3, 'converted c1 and c3 of c1 c2 c3 = 66.67%'),
  small('service level: answered within 20 s of answered', 'count(answered and wait_seconds <= 20s) / count(answered) as percent',
    [{ answered: true, wait_seconds: 10 }, { answered: true, wait_seconds: 20 }, { answered: true, wait_seconds: 25 }, { answered: false, wait_seconds: 5 }, { wait_seconds: 3 }],
    2 / 3, '10 and 20 within 20 s of 3 answered; unanswered and null do not count'),
  small('30-second response rate with a null response time', 'count(first_response_seconds <= 30s) / count() as percent',
    [{ first_response_seconds: 30 }, { first_response_seconds: 31 }, { first_response_seconds: null }, { first_response_seconds: 0 }],
    0.5, '30 and 0 of 4 records; the null one counts in the denominator only'),
  small('abandon rate', 'count(abandoned) / count() as percent', [{ abandoned: true }, { abandoned: false }, { abandoned: false }, {}], 0.25, '1 of 4'),
  small('AHT from talk + hold + wrap', 'avg(talk_seconds + hold_seconds + wrap_seconds) as duration',
    [{ talk_seconds: 100, hold_seconds: 20, wrap_seconds: 30 }, { talk_seconds: 200, hold_seconds: 0, wrap_seconds: 10 }, { talk_seconds: 50, wrap_seconds: 10 }],
    180, '150 and 210; the third has no hold time so its sum is null and skipped: 360 / 2 = 180'),
  small('transfer rate with zero records is null', 'count(transferred) / count() as percent', [], null, 'no records → 0/0 → null'),
  small('average QA score skips unscored', 'avg(qa_score)', [{ qa_score: 90 }, { qa_score: 70 }, { qa_score: null }], 80, '(90 + 70) / 2'),
  small('repeat contact rate', 'count(repeat_contact) / count(resolved) as percent',
    [{ resolved: true, repeat_contact: true }, { resolved: true }, { resolved: true, repeat_contact: false }, { resolved: true, repeat_contact: false }],
    0.25, '1 repeat of 4 resolved'),
  {
    name: 'an alert is raised where its condition holds', source: ALERTS,
    inputs: { records: [rec('a1', { team: 'T1', handle_seconds: 400, rating: 5 }), rec('a2', { team: 'T1', handle_seconds: 200, rating: 2 }), rec('a2', { team: 'T1', rating: 1 })] },
    expected: { agents: { a1: { alerts: ['slow'] }, a2: { alerts: ['low_csat'] } } },
    note: 'team aht = (400 + 200) / 2 = 300, × 1.2 = 360: a1 400 > 360 → slow; a2 csat 0/2 < 80% with 2 records → low_csat; a1 has 1 record',
  },
  {
    name: 'an alert on a null metric is not raised', source: ALERTS,
    inputs: { records: [rec('a3', { team: 'T2' }), rec('a3', { team: 'T2' })] },
    expected: { agents: { a3: { alerts: [] } } }, note: 'aht null: null > null is null → false; csat 0/0 null → false',
  },
  {
    name: 'the spec §1 example scores as written', source: SPEC_EXAMPLE, inputs: EXAMPLE_INPUTS,
    expected: {
      agents: {
        a1: {
          metrics: { handled: 20, csat: 0.9, fcr: 0.75, aht: 330, resp_30s: 1, urgent_p90: 330, kb_rate: 0.25 },
          kpis: { csat_score: 80, fcr_score: 75, aht_score: 90, resp_score: 100, kb_score: 25 },
          score: 71.75, rank: 2, teamRank: 2, eligible: true, profile: 'normal',
          targets: { csat: { target: 0.9, met: true, gap: 0 }, aht: { target: 420, actual: 330, met: true, gap: 90 } },
          alerts: ['slow_handling'],
        },
        a2: { kpis: { aht_score: 100 }, score: 73.25, rank: 1, teamRank: 1, targets: { aht: { target: 360, gap: 160 } }, alerts: [] },
        a3: { eligible: false, score: null, rank: null, alerts: [] },
      },
      teams: { T1: { aht: 265 } },
      segments: [{ profile: 'normal', reason: 'default', records: 59 }],
    },
    note: 'a1: csat 18/20 = 90% → tier 80; fcr 12/16 = 75%; aht 330 → 100 − 30/3 = 90; kb 5/20 = 25%: ' +
      '0.4×80 + 0.3×75 + 0.15×90 + 0.15×25 = 71.75. a2: aht 200 → clamp(133.3) = 100: 73.25 → rank 1. ' +
      'a3: 19 records < 20 → not eligible. a1 hired 2026-09-01 → tenure 60 < 90 → 420s, gap 90; a2 → 360s, gap 160. ' +
      'T1 aht = (20×330 + 20×200) / 40 = 265; 265 × 1.2 = 318 < 330 → a1 alerted',
  },
];

runChapter('customer service', rows);
