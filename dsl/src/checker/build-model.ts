import type { AlertDecl, Expr, ProfileDecl, TargetDecl } from '../ast/nodes';
import type { FieldType, PeriodUnit, ValueType } from '../compile/types';
import type { CompensationAnalysis, ScorecardAnalysis, Ty } from './analysis';
import type { CompensationModel, FieldSymbol, KpiSymbol, MetricSymbol, ScorecardModel } from './model';
import { MISSING_POLICIES, PERIODS, setting } from './symbols';
import { exported } from './types';

// From the analysis to the public model (model.ts) the compiler and the editor services read.

function fieldSymbols(sc: ScorecardAnalysis): Map<string, FieldSymbol> {
  const fields = new Map<string, FieldSymbol>();
  for (const [name, info] of sc.fields) {
    // an unknown declared type was reported; the field still exists so its uses do not cascade
    const type: FieldType = info.type === 'any' ? 'number' : info.type;
    fields.set(name, { kind: 'field', name, type, builtin: info.builtin, ...(info.decl ? { decl: info.decl } : {}) });
  }
  return fields;
}

/**
 * The checker's types as the model exports them (`any` read as `number`): a read-only view over the inference's
 * own map, not a copy of its thousands of entries.
 */
class ExportedTypes implements ReadonlyMap<Expr, ValueType> {
  constructor(private readonly inner: ReadonlyMap<Expr, Ty>) {}

  get size(): number {
    return this.inner.size;
  }

  get(expr: Expr): ValueType | undefined {
    const t = this.inner.get(expr);
    return t === undefined ? undefined : exported(t);
  }

  has(expr: Expr): boolean {
    return this.inner.has(expr);
  }

  forEach(fn: (value: ValueType, key: Expr, map: ReadonlyMap<Expr, ValueType>) => void, thisArg?: unknown): void {
    for (const [expr, t] of this.inner) fn.call(thisArg, exported(t), expr, this);
  }

  *entries(): MapIterator<[Expr, ValueType]> {
    for (const [expr, t] of this.inner) yield [expr, exported(t)];
  }

  keys(): MapIterator<Expr> {
    return this.inner.keys();
  }

  *values(): MapIterator<ValueType> {
    for (const t of this.inner.values()) yield exported(t);
  }

  [Symbol.iterator](): MapIterator<[Expr, ValueType]> {
    return this.entries();
  }
}

const exportedTypes = (types: ReadonlyMap<Expr, Ty>): ReadonlyMap<Expr, ValueType> => new ExportedTypes(types);

export function scorecardModel(sc: ScorecardAnalysis): ScorecardModel {
  const { decl } = sc;
  const metrics = new Map<string, MetricSymbol>();
  for (const [name, m] of sc.metrics) {
    const type = exported(sc.nodeTypes.get(name) ?? 'any');
    metrics.set(name, m.label ? { kind: 'metric', name, label: m.label.value, type, decl: m } : { kind: 'metric', name, type, decl: m });
  }
  const kpis = new Map<string, KpiSymbol>();
  for (const [name, k] of sc.kpis) {
    const type = exported(sc.nodeTypes.get(name) ?? 'any');
    kpis.set(name, k.label ? { kind: 'kpi', name, label: k.label.value, type, decl: k } : { kind: 'kpi', name, type, decl: k });
  }
  const eligible = decl.items.find((i) => i.kind === 'eligible');
  return {
    decl,
    key: decl.name.name,
    ...(decl.label ? { label: decl.label.value } : {}),
    period: setting(decl.items, 'period', PERIODS, 'month'),
    subject: sc.subject,
    missing: setting(decl.items, 'missing', MISSING_POLICIES, 'renormalize'),
    fields: fieldSymbols(sc),
    metrics,
    kpis,
    order: sc.order,
    types: exportedTypes(sc.types),
    ...(eligible ? { eligible: eligible.condition } : {}),
    targets: decl.items.filter((i): i is TargetDecl => i.kind === 'target'),
    profiles: decl.items.filter((i): i is ProfileDecl => i.kind === 'profile'),
    alerts: decl.items.filter((i): i is AlertDecl => i.kind === 'alert'),
  };
}

/** A compensation rule's period: its own, else its scorecard's, else a month. */
export function compensationModel(comp: CompensationAnalysis, scorecards: readonly ScorecardModel[]): CompensationModel {
  const { decl } = comp;
  const ref = decl.items.find((i) => i.kind === 'comp-scorecard');
  const scorecard = ref ? ref.scorecard.name : '';
  const fallback: PeriodUnit = scorecards.find((s) => s.key === scorecard)?.period ?? 'month';
  const first = <K extends 'payout' | 'cap' | 'floor'>(kind: K) => {
    const item = decl.items.find((i) => i.kind === kind);
    return item && 'expr' in item ? item.expr : undefined;
  };
  const [payout, cap, floor] = [first('payout'), first('cap'), first('floor')];
  return {
    decl,
    key: decl.name.name,
    ...(decl.label ? { label: decl.label.value } : {}),
    scorecard,
    period: setting(decl.items, 'period', PERIODS, fallback),
    ...(payout ? { payout } : {}),
    ...(cap ? { cap } : {}),
    ...(floor ? { floor } : {}),
  };
}
