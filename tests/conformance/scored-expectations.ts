// Compares a ScoreReport with what a row expects, and checks the rules every report must keep
// whatever the row says: a met target's gap is never negative, a null score has no rank.
import type { ExplainNode, SubjectResult, TargetResult } from '@yardstick/engine';
import type { Mismatches } from './compare';
import type { Expected } from './harness';
import type { Scored } from './pipeline';

export interface TargetExpect {
  readonly target?: number | null;
  readonly actual?: number | null;
  readonly met?: boolean;
  readonly gap?: number | null;
}

export interface KpiExpect {
  readonly value?: number | null;
  readonly weight?: number | null;
  readonly label?: string;
}

export interface AgentExpect {
  readonly score?: number | null;
  readonly rank?: number | null;
  readonly teamRank?: number | null;
  readonly eligible?: boolean;
  readonly profile?: string;
  readonly records?: number;
  readonly team?: string | null;
  readonly metrics?: Readonly<Record<string, number | null>>;
  /** a number is the kpi's value */
  readonly kpis?: Readonly<Record<string, number | null | KpiExpect>>;
  /** per metric; `null` means no target line applies */
  readonly targets?: Readonly<Record<string, TargetExpect | null>>;
  /** the alerts raised, in any order */
  readonly alerts?: readonly string[];
}

function checkTargets(m: Mismatches, path: string, got: readonly TargetResult[], want: AgentExpect['targets']): void {
  for (const [metric, t] of Object.entries(want ?? {})) {
    const found = got.find((r) => r.metric === metric);
    if (t === null) {
      if (found) m.add(`${path}.targets.${metric}: expected no target, got ${JSON.stringify(found)}`);
      continue;
    }
    if (!found) {
      m.add(`${path}.targets.${metric}: missing (got ${JSON.stringify(got)})`);
      continue;
    }
    for (const k of ['target', 'actual', 'met', 'gap'] as const) {
      if (t[k] !== undefined) m.value(`${path}.targets.${metric}.${k}`, found[k], t[k]);
    }
  }
}

function checkKpis(m: Mismatches, path: string, got: SubjectResult['kpis'], want: AgentExpect['kpis']): void {
  for (const [key, k] of Object.entries(want ?? {})) {
    const found = got.find((r) => r.key === key);
    if (!found) {
      m.add(`${path}.kpis.${key}: missing`);
      continue;
    }
    const spec: KpiExpect = typeof k === 'number' || k === null ? { value: k } : k;
    if (spec.value !== undefined) m.value(`${path}.kpis.${key}.value`, found.value, spec.value);
    if (spec.weight !== undefined) m.value(`${path}.kpis.${key}.weight`, found.weight, spec.weight);
    if (spec.label !== undefined) m.value(`${path}.kpis.${key}.label`, found.label, spec.label);
  }
}

function checkSubject(m: Mismatches, path: string, r: SubjectResult, a: AgentExpect): void {
  for (const k of ['score', 'rank', 'teamRank', 'eligible', 'profile', 'records', 'team'] as const) {
    if (a[k] !== undefined) m.value(`${path}.${k}`, r[k], a[k]);
  }
  for (const [key, v] of Object.entries(a.metrics ?? {})) m.value(`${path}.metrics.${key}`, r.metrics[key], v);
  checkKpis(m, path, r.kpis, a.kpis);
  checkTargets(m, path, r.targets, a.targets);
  if (a.alerts !== undefined) {
    m.value(`${path}.alerts`, [...r.alerts].sort().join(','), [...a.alerts].sort().join(','));
  }
}

/** Rules of spec §5 that hold for every report. */
function checkInvariants(m: Mismatches, results: readonly SubjectResult[]): void {
  for (const r of results) {
    if (r.score === null && r.rank !== null) m.add(`${r.subject}: a null score must be unranked, got rank ${r.rank}`);
    if (!r.eligible && r.score !== null) m.add(`${r.subject}: not eligible yet scored ${r.score}`);
    for (const t of r.targets) {
      if (t.met && (t.gap === null || t.gap < 0)) m.add(`${r.subject}: target ${t.metric} met with gap ${t.gap} (must be ≥ 0)`);
    }
  }
}

const countSegments = (n: ExplainNode): number => (n.kind === 'segment' ? 1 : 0) + n.children.reduce((s, c) => s + countSegments(c), 0);

export function checkScored(m: Mismatches, e: Expected, scored: Scored): void {
  const { report } = scored;
  checkInvariants(m, report.results);
  const bySubject = new Map(report.results.map((r) => [r.subject, r]));
  if (e.value !== undefined) {
    const a1 = bySubject.get('a1');
    if (!a1) m.add(`no result for a1 (subjects: ${[...bySubject.keys()].join(', ')})`);
    else m.value('a1.metrics.v', a1.metrics.v, e.value);
  }
  for (const [subject, want] of Object.entries(e.agents ?? {})) {
    const r = bySubject.get(subject);
    if (want === null) {
      if (r) m.add(`${subject}: expected no result, got score ${r.score}`);
    } else if (!r) {
      m.add(`${subject}: no result (subjects: ${[...bySubject.keys()].join(', ')})`);
    } else {
      checkSubject(m, subject, r, want);
    }
  }
  (e.segments ?? []).forEach((want, i) => {
    const got = report.segments[i];
    for (const [k, v] of Object.entries(want)) m.value(`segments[${i}].${k}`, got?.[k as keyof typeof got], v);
  });
  if (e.segments !== undefined) m.value('segments.length', report.segments.length, e.segments.length);
  for (const [team, metrics] of Object.entries(e.teams ?? {})) {
    for (const [k, v] of Object.entries(metrics)) m.value(`teams.${team}.${k}`, report.teams[team]?.[k], v);
  }
  for (const [k, v] of Object.entries(e.org ?? {})) m.value(`org.${k}`, report.org[k], v);
  if (e.recordsRead !== undefined) m.value('recordsRead', report.recordsRead, e.recordsRead);
  if (e.recordsOutsidePeriod !== undefined) m.value('recordsOutsidePeriod', report.recordsOutsidePeriod, e.recordsOutsidePeriod);
  for (const [subject, n] of Object.entries(e.explainSegments ?? {})) {
    const tree = scored.explain(subject);
    m.value(`explain(${subject}) segments`, tree ? countSegments(tree) : undefined, n);
  }
}
