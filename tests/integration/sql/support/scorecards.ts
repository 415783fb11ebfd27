import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_EXAMPLE } from '../../../conformance/spec-example';

// The scorecards compared: the spec's §1 example, the CLI demo, and three written to reach every corner of the
// SQL back end — percentiles, per-record expressions of every kind, and team and group subjects.

export { SPEC_EXAMPLE };

export const DEMO_FRONTLINE = readFileSync(join(__dirname, '../../../../apps/cli/demo/frontline.kpi'), 'utf8');

export const PERCENTILES = `scorecard tails {
  period month
  metric p0 = percentile(handle_seconds, 0) as duration
  metric p50 = percentile(handle_seconds, 50) as duration
  metric p90 = percentile(handle_seconds where priority == "urgent", 90) as duration
  metric p95_wait = percentile(wait_seconds where channel != "phone", 95) as duration
  metric p100 = percentile(talk_seconds, 100) as duration
  metric p33_net = percentile(handle_seconds - coalesce(hold_seconds, 0s), 33.3) as duration
  metric p75_chat = percentile(if channel == "chat" then wait_seconds else null, 75) as duration
  metric p90_qa = percentile(qa_score where hour(occurred_at) >= 8 and weekday(occurred_at) <= 5, 90)
  metric p10_rating = percentile(rating, 10)
  metric p60_first = percentile(first_response_seconds where resolved, 60) as duration
  kpi speed = clamp(100 - (p90 - 300s) / 6s, 0, 100)
  kpi quality = p90_qa
  kpi spread = tier(p100 - p0) { <= 10m -> 100  <= 15m -> 50  else -> 0 }
  target p50 <= 300s
  target p95_wait < 2m
  profile p default { speed: 50%, quality: 30%, spread: 20% }
  profile rush active 2021-03-10..2021-03-16 { speed: 100% }
}`;

export const EXPRESSIONS = `scorecard corners {
  period month
  missing zero
  eligible when handled >= 3
  field kb_used: boolean
  field bonus: money
  field region: string
  metric handled = count()
  metric qa_total = sum(qa_score)
  metric qa_mean = avg(qa_score)
  metric rating_third = sum(rating / 3)
  metric capped_first = avg(min(first_response_seconds, 10m)) as duration
  metric rounded = avg(round(qa_score / 7, 2))
  metric rounded_min = sum(round(handle_seconds / 60))
  metric exact_57 = count(qa_score == 57)
  metric near_30 = count(first_response_seconds <= 30s)
  metric over_30 = count(first_response_seconds > 30s)
  metric scaled = count(rating * 0.1 >= 0.37)
  metric days = distinct(date(occurred_at))
  metric hours = distinct(hour(occurred_at))
  metric weekdays = distinct(weekday(occurred_at))
  metric people = distinct(customer)
  metric channels = distinct(channel where resolved)
  metric kb = count(coalesce(kb_used, false))
  metric kb_rate = avg(kb_used)
  metric bonus_total = sum(bonus where region != null)
  metric regions = distinct(region)
  metric east = count(region == "华东" or region == "o'brien")
  metric long_resolved = count(if resolved then talk_seconds > 60s else null)
  metric clamped = max(clamp(talk_seconds, 30s, 10m)) as duration
  metric spread = min(abs(hold_seconds - 30s)) as duration
  metric broken = avg(handle_seconds / (talk_seconds - talk_seconds))
  metric per_talk = avg(handle_seconds / talk_seconds)
  metric scaled_qa = sum(qa_score * 1.1)
  metric interactions = count(kind == "interaction")
  metric contributions = count(kind == "kb_contribution")
  metric tiered = avg(tier(rating) { >= 4.5 -> 1  >= 3.7 -> 0.5  else -> 0 })
  metric not_answered = count(not answered)
  metric chat_team = count(team == "north" and channel == "chat")
  metric spread_hi = max(max(handle_seconds, talk_seconds, wait_seconds)) as duration
  metric negated = min(-handle_seconds)
  metric null_sum = sum(null)
  metric nothing = count(rating == null and qa_score == null)
  metric balanced = count(handle_seconds == talk_seconds + coalesce(hold_seconds, 0s))
  metric unbalanced = count(handle_seconds != talk_seconds + coalesce(hold_seconds, 0s))
  metric over = count(handle_seconds > talk_seconds + coalesce(hold_seconds, 0s))
  metric under_or_same = count(handle_seconds <= talk_seconds + coalesce(hold_seconds, 0s))
  metric slower = avg(tier(talk_seconds - wait_seconds) { >= 0s -> 1  > -1m -> 0.5  else -> 0 })
  kpi q = qa_mean
  kpi r = rating_third / handled * 30
  kpi k = kb_rate * 100
  kpi t = tiered * 100
  target qa_mean >= 50 when agent.tenure_days < 60
  target qa_mean >= 60
  target near_30 > 10
  profile p default { q: 40%, r: 20%, k: 20%, t: 20% }
  alert low when qa_mean < team(qa_mean) and qa_mean < org(qa_mean) notify supervisor
}`;

export const MANAGERS = (subject: 'team' | 'group') => `scorecard managers {
  period month
  subject ${subject}
  metric handled = count()
  metric fcr = count(first_contact_resolved) / count(resolved) as percent
  metric heads = headcount()
  metric leavers = leavers()
  metric joiners = joiners()
  metric aht = avg(handle_seconds) as duration
  metric p90 = percentile(handle_seconds, 90) as duration
  metric qa = avg(qa_score)
  metric org_qa = org(qa)
  kpi fcr_score = fcr * 100
  kpi qa_k = qa - org(qa) + 50
  kpi per_head = handled / heads
  profile p default { fcr_score: 50%, qa_k: 30%, per_head: 20% }
  profile promo active 2021-03-08..2021-03-14 { qa_k: 100% }
}`;
