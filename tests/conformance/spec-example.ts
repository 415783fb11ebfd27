// The complete example of spec §1, verbatim: the conformance suite scores it and the fuzz suite mutates it.
import { recs, type Fields } from './builders';

export const SPEC_EXAMPLE = `# Frontline agents, scored monthly.
scorecard frontline "一线客服" {
  period month
  missing renormalize            # or: zero
  eligible when handled >= 20    # fewer records: not scored, not ranked

  field kb_used: boolean         # a custom record field (built-in fields need no declaration)

  metric handled  = count()
  metric csat     = count(rating >= 4) / count(rating != null)          as percent
  metric fcr      = count(first_contact_resolved) / count(resolved)      as percent
  metric aht      = avg(handle_seconds)                                  as duration
  metric resp_30s = count(first_response_seconds <= 30s) / count()       as percent
  metric urgent_p90 = percentile(handle_seconds where priority == "urgent", 90) as duration
  metric kb_rate  = count(kb_used) / count()                             as percent

  kpi csat_score "满意度" = tier(csat) {
    >= 95% -> 100
    >= 90% -> 80
    >= 80% -> 60
    else   -> 0
  }
  kpi fcr_score  "首次解决率" = fcr * 100
  kpi aht_score  "平均处理时长" = clamp(100 - (aht - 300s) / 3s, 0, 100)
  kpi resp_score "30秒响应率" = resp_30s * 100
  kpi kb_score   = kb_rate * 100

  target csat >= 90%
  target aht  <= 420s when agent.tenure_days < 90   # new hires: looser target
  target aht  <= 360s

  profile normal "日常运营" default {
    csat_score: 40%, fcr_score: 30%, aht_score: 15%, kb_score: 15%
  }
  profile double11 "双11大促" active 2026-11-01..2026-11-11 {
    resp_score: 50%, csat_score: 30%, aht_score: 20%
  }

  alert slow_handling "处理时长异常" when aht > team(aht) * 1.2 notify supervisor
}

compensation q4_bonus "季度绩效奖金" {
  scorecard frontline
  period quarter
  payout = agent.base_bonus * tier(score) {
    >= 90 -> 120%
    >= 80 -> 100%
    >= 60 -> 50%
    else  -> 0%
  }
  cap 2 * agent.base_bonus
}`;

/** i-th record of the §1 example's agents (20 each for a1 and a2, 19 for a3) */
const example = (handle: number, team: string) => (i: number): Fields => ({
  team, rating: i < 18 ? 5 : 2, resolved: i < 16, first_contact_resolved: i < 12, handle_seconds: handle,
  first_response_seconds: 20, priority: i < 4 ? 'urgent' : 'normal', kb_used: i < 5,
});
const EXAMPLE_AT = '2026-10-15 11:00';
/** October 2026 (profile normal): a1 and a2 on team T1 with 20 records each, a3 on T2 with 19. */
export const EXAMPLE_INPUTS = {
  period: { from: '2026-10-01', to: '2026-10-31' },
  agents: [
    { id: 'a1', team: 'T1', hiredOn: '2026-09-01', attributes: { base_bonus: 5000 } },
    { id: 'a2', team: 'T1', hiredOn: '2024-01-01', attributes: { base_bonus: 3000.1 } },
    { id: 'a3', team: 'T2', hiredOn: '2024-01-01', attributes: { base_bonus: 1000 } },
  ],
  records: [
    ...recs(20, 'a1', example(330, 'T1'), EXAMPLE_AT), ...recs(20, 'a2', example(200, 'T1'), EXAMPLE_AT),
    ...recs(19, 'a3', example(300, 'T2'), EXAMPLE_AT),
  ],
};

