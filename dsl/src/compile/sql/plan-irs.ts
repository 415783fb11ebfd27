import type { CheckedDocument, ScorecardModel } from '../../checker/model';
import type { AggregateEntry } from '../ir';
import { AggregateRegistry, lowerExpr, type LowerEnv } from '../lower';
import type { AggregatePlan, CompiledScorecard } from '../types';

// The per-record expressions of a compiled scorecard's aggregates, as IR. A CompiledScorecard carries them only
// as JavaScript closures, so the metrics are lowered again exactly as compileScorecard lowers them (same types,
// same field types, same registry) and each entry is matched to its plan by canonical text — the key the
// registry deduplicates on — so the SQL computes the very expression the closure computes.

/** The checked model of `scorecard` in a document, or the model itself. */
export function modelOf(checked: CheckedDocument | ScorecardModel, key: string): ScorecardModel | undefined {
  return 'scorecards' in checked ? checked.scorecards.find((s) => s.key === key) : checked.key === key ? checked : undefined;
}

/** Each plan with its lowered entry; a plan that has no entry (a model of another version) is listed in `missing`. */
export function planEntries(model: ScorecardModel, sc: CompiledScorecard): { entries: Map<number, AggregateEntry>; missing: AggregatePlan[] } {
  const env: LowerEnv = {
    // outside aggregates a name is a metric or kpi; only the aggregates are wanted here, so none resolves
    resolve: () => undefined,
    types: model.types,
    fieldTypes: new Map([...model.fields].map(([k, f]) => [k, f.type])),
  };
  const registry = new AggregateRegistry();
  for (const metric of model.metrics.values()) lowerExpr(metric.decl.expr, { ...env, aggregates: registry });
  const byText = new Map(registry.entries.map((e) => [e.text, e]));
  const entries = new Map<number, AggregateEntry>();
  const missing: AggregatePlan[] = [];
  for (const plan of sc.aggregates) {
    const entry = byText.get(plan.text);
    if (entry && entry.fn === plan.fn && entry.fraction === plan.fraction) entries.set(plan.index, entry);
    else missing.push(plan);
  }
  return { entries, missing };
}
