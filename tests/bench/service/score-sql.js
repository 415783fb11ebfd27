'use strict';
// The baseline of the service scoring benchmark: tests/bench/bench.kpi written by hand as ONE PostgreSQL query over
// the service's tables — every agent's, team's and the organisation's metrics in one pass (GROUPING SETS, as the
// service computes them), the agents' kpis, renormalised weighted scores with eligibility, and ranks (overall and
// within the team). The language's rules as plain SQL: aggregates skip nulls and a null condition counts as false
// (FILTER), division by zero is null (NULLIF), a tier or clamp of null is null (CASE), thresholds compared at 12
// significant digits (the near12 test; whole-number record fields compare exactly either way).
// $1, $2: the period as UTC instants, end exclusive (the demo organisation's zone is UTC).

const WEIGHTS = {
  csat_score: 0.25, fcr_score: 0.2, aht_score: 0.15, resp_score: 0.1, wait_score: 0.1, transfer_score: 0.1, answer_score: 0.1,
};

const near12 = (a, b) => `(abs(${a} - ${b}) <= greatest(abs(${a}), abs(${b})) * 5e-12)`;
const ge = (a, b) => `(${a} >= ${b} OR ${near12(a, b)})`;
const le = (a, b) => `(${a} <= ${b} OR ${near12(a, b)})`;

const weighted = Object.entries(WEIGHTS).map(([k, w]) => `coalesce(${w} * ${k}, 0)`).join(' + ');
const present = Object.entries(WEIGHTS).map(([k, w]) => `CASE WHEN ${k} IS NULL THEN 0 ELSE ${w} END`).join(' + ');

const HAND_WRITTEN_SQL = `
WITH metrics AS (
  SELECT a.external_id AS agent, t.name AS team, GROUPING(a.external_id, t.name) AS level,
    count(*) AS handled,
    count(*) FILTER (WHERE i.answered)::float8 / NULLIF(count(*), 0) AS answered_rate,
    count(*) FILTER (WHERE i.rating >= 4)::float8 / NULLIF(count(i.rating), 0) AS csat,
    count(*) FILTER (WHERE i.first_contact_resolved)::float8 / NULLIF(count(*) FILTER (WHERE i.resolved), 0) AS fcr,
    avg(i.handle_seconds)::float8 AS aht,
    count(*) FILTER (WHERE i.first_response_seconds <= 30)::float8 / NULLIF(count(i.first_response_seconds), 0) AS resp_30s,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY i.wait_seconds) FILTER (WHERE i.channel = 'phone') AS wait_p90,
    count(*) FILTER (WHERE i.transferred AND i.answered)::float8 / NULLIF(count(*) FILTER (WHERE i.answered), 0) AS transfer_rate
  FROM interactions i JOIN agents a ON a.id = i.agent_id LEFT JOIN teams t ON t.id = a.team_id
  WHERE i.occurred_at >= $1::timestamptz AND i.occurred_at < $2::timestamptz
  GROUP BY GROUPING SETS ((a.external_id, t.name), (t.name), ())
),
kpis AS (
  SELECT *,
    CASE WHEN csat IS NULL THEN NULL WHEN ${ge('csat', '0.95')} THEN 100 WHEN ${ge('csat', '0.9')} THEN 80
         WHEN ${ge('csat', '0.8')} THEN 60 ELSE 0 END AS csat_score,
    fcr * 100 AS fcr_score,
    CASE WHEN aht IS NULL THEN NULL ELSE least(greatest(100 - (aht - 300) / 3, 0), 100) END AS aht_score,
    resp_30s * 100 AS resp_score,
    CASE WHEN wait_p90 IS NULL THEN NULL WHEN ${le('wait_p90', '20')} THEN 100 WHEN ${le('wait_p90', '40')} THEN 70 ELSE 40 END AS wait_score,
    CASE WHEN transfer_rate IS NULL THEN NULL WHEN ${le('transfer_rate', '0.05')} THEN 100
         WHEN ${le('transfer_rate', '0.08')} THEN 70 ELSE 30 END AS transfer_score,
    answered_rate * 100 AS answer_score
  FROM metrics
),
scores AS (
  SELECT *, CASE WHEN level = 0 AND handled >= 20 THEN (${weighted}) / NULLIF(${present}, 0) END AS score FROM kpis
)
SELECT *,
  CASE WHEN score IS NOT NULL THEN rank() OVER (PARTITION BY level, score IS NULL ORDER BY score DESC) END AS rank,
  CASE WHEN score IS NOT NULL THEN rank() OVER (PARTITION BY level, team, score IS NULL ORDER BY score DESC) END AS team_rank
FROM scores`;

module.exports = { HAND_WRITTEN_SQL };
