import { cmp12 } from '@yardstick/dsl';
import type {
  CompiledNode, CompiledProfile, CompiledScorecard, CompiledTarget, EvalScope, SubjectAttributes, Value,
} from '@yardstick/dsl';
import type { TargetResult } from './types';

// Evaluation of one subject (or segment) once its aggregates are known: metric and kpi values, eligibility,
// the weighted score, targets and alerts. Pure functions of the compiled scorecard and a scope.

/** What a scope is built from; `selfTeam` makes `team(m)` read the subject's own values (team subjects). */
export interface ScopeParts {
  readonly agg: readonly (number | null)[];
  readonly team?: readonly Value[];
  readonly org?: readonly Value[];
  readonly attrs: SubjectAttributes;
  readonly selfTeam?: boolean;
  readonly selfOrg?: boolean;
}

/** A value the compiled code returned, with the non-values a defect could leak (NaN, Infinity, undefined) as null. */
export function clean(v: Value | undefined): Value {
  if (v === undefined) return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

export function nodeIndex(sc: CompiledScorecard): Map<string, CompiledNode> {
  return new Map(sc.nodes.map((n) => [n.key, n]));
}

/** Evaluates every metric and kpi in dependency order into a fresh scope. */
export function evaluateNodes(sc: CompiledScorecard, parts: ScopeParts): EvalScope {
  const size = sc.nodes.reduce((m, n) => Math.max(m, n.index + 1), 0);
  const values: Value[] = new Array(size).fill(null);
  const scope: EvalScope = {
    agg: parts.agg,
    values,
    team: parts.selfTeam ? values : parts.team,
    org: parts.selfOrg ? values : parts.org,
    attrs: parts.attrs,
  };
  for (const node of sc.nodes) values[node.index] = clean(node.evaluate(scope));
  return scope;
}

/** A condition as the language tests it: only `true` holds; null (and anything else) counts as false. */
export function holds(fn: ((s: EvalScope) => Value) | undefined, scope: EvalScope): boolean {
  return fn === undefined ? true : fn(scope) === true;
}

export function isEligible(sc: CompiledScorecard, scope: EvalScope): boolean {
  return holds(sc.eligible, scope);
}

export interface WeightedScore {
  readonly score: number | null;
  /** per kpi key: the weight it carried after renormalising (absent or null when it carried none) */
  readonly weights: ReadonlyMap<string, number | null>;
}

/**
 * Σ weight × kpi under the scorecard's missing policy. `renormalize` leaves null kpis out and scales the
 * remaining weights back to 100%; `zero` counts a null kpi as 0. Every kpi null (or no profile) gives null.
 */
export function weightedScore(
  sc: CompiledScorecard, profile: CompiledProfile | null, values: readonly Value[], nodes: ReadonlyMap<string, CompiledNode>,
): WeightedScore {
  const weights = new Map<string, number | null>();
  if (!profile) return { score: null, weights };
  let total = 0;
  let counted = 0;
  let all = 0;
  let any = false;
  for (const { kpi, weight } of profile.weights) {
    const node = nodes.get(kpi);
    const v = node ? values[node.index] : null;
    all += weight;
    if (typeof v === 'number') {
      total += weight * v;
      counted += weight;
      any = true;
    }
  }
  if (!any) {
    for (const { kpi } of profile.weights) weights.set(kpi, null);
    return { score: null, weights };
  }
  const base = sc.missing === 'zero' ? all : counted;
  for (const { kpi, weight } of profile.weights) {
    const node = nodes.get(kpi);
    const has = node !== undefined && typeof values[node.index] === 'number';
    weights.set(kpi, base > 0 && (has || sc.missing === 'zero') ? weight / base : null);
  }
  return { score: base > 0 ? total / base : null, weights };
}

/** Targets grouped by metric, conditional lines first, each group in written order. */
export function targetGroups(sc: CompiledScorecard): readonly (readonly CompiledTarget[])[] {
  const groups = new Map<string, CompiledTarget[]>();
  for (const t of sc.targets) {
    const list = groups.get(t.metric) ?? [];
    list.push(t);
    groups.set(t.metric, list);
  }
  return [...groups.values()].map((lines) => [...lines.filter((t) => t.when), ...lines.filter((t) => !t.when)]);
}

/** For each metric with targets, the first line whose `when` holds. */
export function evaluateTargets(
  groups: readonly (readonly CompiledTarget[])[], scope: EvalScope, nodes: ReadonlyMap<string, CompiledNode>,
): TargetResult[] {
  const out: TargetResult[] = [];
  for (const lines of groups) {
    const line = lines.find((t) => holds(t.when, scope));
    if (!line) continue;
    const node = nodes.get(line.metric);
    const actual = node ? asNumber(scope.values[node.index]) : null;
    const target = asNumber(clean(line.value(scope)));
    out.push({ metric: line.metric, op: line.op, target, actual, ...compare(line.op, actual, target) });
  }
  return out;
}

function asNumber(v: Value): number | null {
  return typeof v === 'number' ? v : null;
}

/** met and gap of `actual OP target`, with 12-significant-digit equality; gap ≥ 0 exactly when met. */
export function compare(op: string, actual: number | null, target: number | null): { met: boolean; gap: number | null } {
  if (actual === null || target === null) return { met: false, gap: null };
  const c = cmp12(actual, target);
  const diff = c === 0 ? 0 : actual - target;
  switch (op) {
    case '>=': return { met: c >= 0, gap: diff };
    case '>': return { met: c > 0, gap: diff };
    case '<=': return { met: c <= 0, gap: -diff || 0 };
    case '<': return { met: c < 0, gap: -diff || 0 };
    case '==': return { met: c === 0, gap: -Math.abs(diff) || 0 };
    case '!=': return { met: c !== 0, gap: Math.abs(diff) };
    default: return { met: false, gap: null };
  }
}

/** Keys of the alerts whose condition holds. */
export function firedAlerts(sc: CompiledScorecard, scope: EvalScope): string[] {
  return sc.alerts.filter((a) => holds(a.condition, scope)).map((a) => a.key);
}
