import * as fs from 'node:fs';
import { PWC_CSV } from './cli-harness';

// An independent, deliberately plain computation of the test scorecard (pwc-test.kpi below) over the PwC
// calls: string splitting, loops and sorting only, none of the product's code.

export const TEST_SCORECARD = `# The e2e test scorecard over the PwC call-centre data.
scorecard pwc "PwC test" {
  period month
  eligible when handled >= 200

  field topic: string

  metric handled       = count()
  metric answered_rate = count(answered) / count() as percent
  metric resolution    = count(resolved) / count(answered) as percent
  metric csat          = count(rating >= 4) / count(rating != null) as percent
  metric asa           = avg(wait_seconds) as duration
  metric wait_p90      = percentile(wait_seconds, 90) as duration
  metric talk          = avg(talk_seconds) as duration
  metric talk_total    = sum(talk_seconds) as duration
  metric longest_wait  = max(wait_seconds) as duration
  metric active_days   = distinct(date(occurred_at))
  metric tech_rating   = avg(rating where topic == "Technical Support")

  kpi answer_score "接通率" = tier(answered_rate) {
    >= 85% -> 100
    >= 80% -> 80
    >= 75% -> 60
    else   -> 0
  }
  kpi resolution_score = resolution * 100
  kpi csat_score = tier(csat) {
    >= 55% -> 100
    >= 50% -> 80
    >= 45% -> 60
    else   -> 30
  }
  kpi speed_score = clamp(100 - (asa - 30s) / 1s, 0, 100)
  kpi talk_score = clamp(100 - (talk - 180s) / 3s, 0, 100)

  target csat >= 50%
  target asa <= 65s

  profile normal "日常运营" default {
    answer_score: 20%, resolution_score: 30%, csat_score: 25%, speed_score: 15%, talk_score: 10%
  }
}
`;

export interface Call {
  readonly line: number;
  readonly id: string;
  readonly agent: string;
  readonly date: string;
  readonly time: string;
  readonly topic: string;
  readonly answered: boolean;
  readonly resolved: boolean;
  readonly wait: number | null;
  readonly talk: number | null;
  readonly rating: number | null;
}

const num = (text: string): number | null => (text === '' ? null : Number(text));

export function readPwcCalls(): Call[] {
  const lines = fs.readFileSync(PWC_CSV, 'utf8').split('\n').filter((l) => l !== '');
  if (lines.some((l) => l.includes('"'))) throw new Error('the fixture has quoted fields: a plain split would be wrong');
  const header = lines[0].split(',');
  const col = (name: string): number => header.indexOf(name);
  return lines.slice(1).map((text, i) => {
    const c = text.split(',');
    if (c.length !== header.length) throw new Error(`line ${i + 2} has ${c.length} cells`);
    return {
      line: i + 2, id: c[col('call_id')], agent: c[col('agent')], date: c[col('date')], time: c[col('time')], topic: c[col('topic')],
      answered: c[col('answered')] === 'Y', resolved: c[col('resolved')] === 'Y',
      wait: num(c[col('speed_of_answer_s')]), talk: num(c[col('talk_duration_s')]), rating: num(c[col('satisfaction_rating')]),
    };
  });
}

export interface Expected {
  readonly agent: string;
  readonly records: number;
  readonly metrics: Record<string, number | null>;
  readonly kpis: Record<string, number | null>;
  readonly eligible: boolean;
  readonly score: number | null;
  rank: number | null;
  readonly targets: { metric: string; met: boolean }[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
const present = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/** percentile_cont: linear interpolation between the closest ranks. */
export function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** a >= b with the product's 12-significant-digit equality. */
const atLeast = (a: number, b: number): boolean => a >= b || a.toPrecision(12) === b.toPrecision(12);
const atMost = (a: number, b: number): boolean => a <= b || a.toPrecision(12) === b.toPrecision(12);

function tier(x: number | null, branches: [number, number][], otherwise: number): number | null {
  if (x === null) return null;
  for (const [threshold, result] of branches) if (atLeast(x, threshold)) return result;
  return otherwise;
}

const clamp = (x: number | null, lo: number, hi: number): number | null => (x === null ? null : Math.min(Math.max(x, lo), hi));

function metricsOf(calls: readonly Call[]): Record<string, number | null> {
  const answered = calls.filter((c) => c.answered).length;
  const ratings = present(calls.map((c) => c.rating));
  const waits = present(calls.map((c) => c.wait));
  const talks = present(calls.map((c) => c.talk));
  return {
    handled: calls.length,
    answered_rate: ratio(answered, calls.length),
    resolution: ratio(calls.filter((c) => c.resolved).length, answered),
    csat: ratio(ratings.filter((r) => r >= 4).length, ratings.length),
    asa: mean(waits),
    wait_p90: percentileCont(waits, 0.9),
    talk: mean(talks),
    talk_total: talks.length === 0 ? null : talks.reduce((s, x) => s + x, 0),
    longest_wait: waits.length === 0 ? null : Math.max(...waits),
    active_days: new Set(calls.map((c) => c.date)).size,
    tech_rating: mean(present(calls.filter((c) => c.topic === 'Technical Support').map((c) => c.rating))),
  };
}

function kpisOf(m: Record<string, number | null>): Record<string, number | null> {
  return {
    answer_score: tier(m.answered_rate, [[0.85, 100], [0.8, 80], [0.75, 60]], 0),
    resolution_score: m.resolution === null ? null : m.resolution * 100,
    csat_score: tier(m.csat, [[0.55, 100], [0.5, 80], [0.45, 60]], 30),
    speed_score: m.asa === null ? null : clamp(100 - (m.asa - 30) / 1, 0, 100),
    talk_score: m.talk === null ? null : clamp(100 - (m.talk - 180) / 3, 0, 100),
  };
}

const WEIGHTS: Record<string, number> = { answer_score: 0.2, resolution_score: 0.3, csat_score: 0.25, speed_score: 0.15, talk_score: 0.1 };

function scoreOf(kpis: Record<string, number | null>): number | null {
  let total = 0;
  let weight = 0;
  for (const [key, w] of Object.entries(WEIGHTS)) {
    const v = kpis[key];
    if (v === null) continue;
    total += w * v;
    weight += w;
  }
  return weight === 0 ? null : total / weight;
}

/** Every agent's expected result for the days from..to (inclusive). */
export function expectedResults(calls: readonly Call[], from: string, to: string): Map<string, Expected> {
  const byAgent = new Map<string, Call[]>();
  for (const c of calls) {
    if (c.date < from || c.date > to) continue;
    byAgent.set(c.agent, [...(byAgent.get(c.agent) ?? []), c]);
  }
  const results = new Map<string, Expected>();
  for (const [agent, own] of byAgent) {
    const metrics = metricsOf(own);
    const kpis = kpisOf(metrics);
    const eligible = (metrics.handled as number) >= 200;
    const targets = [
      { metric: 'csat', met: metrics.csat !== null && atLeast(metrics.csat, 0.5) },
      { metric: 'asa', met: metrics.asa !== null && atMost(metrics.asa, 65) },
    ];
    results.set(agent, { agent, records: own.length, metrics, kpis, eligible, score: eligible ? scoreOf(kpis) : null, rank: null, targets });
  }
  rank([...results.values()]);
  return results;
}

/** Competition ranking by score, descending: ties share a rank (1, 2, 2, 4); no score, no rank. */
function rank(results: Expected[]): void {
  const scored = results.filter((r) => r.score !== null);
  for (const r of scored) {
    const mine = r.score as number;
    const better = scored.filter((o) => (o.score as number) > mine && (o.score as number).toPrecision(12) !== mine.toPrecision(12));
    r.rank = better.length + 1;
  }
}
