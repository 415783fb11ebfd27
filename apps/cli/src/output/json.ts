import type { ReadSummary, ScoreReportJson, SubjectScoreJson } from '@yardstick/contracts';
import type { ScoreReport, SubjectResult } from '@yardstick/engine';

// The `--json` shape of a scoring run (the contract in libs/contracts): full-precision numbers, keys by name.

export function scoreJson(report: ScoreReport, summary: ReadSummary): ScoreReportJson {
  return {
    scorecard: report.scorecard,
    period: { from: report.period.from, to: report.period.to },
    profile: profileOf(report),
    segments: report.segments.map((s) => ({ from: s.from, to: s.to, start: s.start, end: s.end, profile: s.profile, reason: s.reason, records: s.records })),
    results: report.results.map(subjectJson),
    summary,
  };
}

/** The profile in force, or the profiles of the segments joined by `+`. */
export function profileOf(report: ScoreReport): string {
  return [...new Set(report.segments.map((s) => s.profile))].join('+');
}

function subjectJson(r: SubjectResult): SubjectScoreJson {
  return {
    agent: r.subject,
    team: r.team,
    score: r.score,
    rank: r.rank,
    eligible: r.eligible,
    records: r.records,
    profile: r.profile,
    kpis: Object.fromEntries(r.kpis.map((k) => [k.key, k.value])),
    metrics: { ...r.metrics },
    targets: r.targets.map((t) => ({ metric: t.metric, op: t.op, target: t.target, actual: t.actual, met: t.met, gap: t.gap })),
    alerts: [...r.alerts],
  };
}
