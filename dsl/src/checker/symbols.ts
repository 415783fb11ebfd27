import type { KpiDecl, MetricDecl, ScorecardDecl, ScorecardItem } from '../ast/nodes';
import type { FieldType, MissingPolicy, PeriodUnit, SubjectKind } from '../compile/types';
import { BUILTIN_FIELDS, FIELD_TYPES } from '../fields';
import type { FieldInfo } from './analysis';

// The declarations of one scorecard: fields, metrics, kpis and settings, before any expression is read.

export const PERIODS: readonly PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'year'];
export const SUBJECTS: readonly SubjectKind[] = ['agent', 'team', 'group'];
export const MISSING_POLICIES: readonly MissingPolicy[] = ['renormalize', 'zero'];

const BUILTIN_FIELD_INFO: ReadonlyMap<string, FieldInfo> = new Map(
  Object.entries(BUILTIN_FIELDS).map(([name, type]) => [name, { name, type, builtin: true }]),
);

export interface ScorecardSymbols {
  readonly fields: ReadonlyMap<string, FieldInfo>;
  readonly metrics: ReadonlyMap<string, MetricDecl>;
  readonly kpis: ReadonlyMap<string, KpiDecl>;
  readonly incomplete: boolean;
}

/** Fields (built-in first, then declared), metrics and kpis; the first declaration of a name wins. */
export function collectSymbols(decl: ScorecardDecl): ScorecardSymbols {
  const fields = new Map(BUILTIN_FIELD_INFO);
  const metrics = new Map<string, MetricDecl>();
  const kpis = new Map<string, KpiDecl>();
  let incomplete = false;
  for (const item of decl.items) {
    if (item.kind === 'error-item') incomplete = true;
    else if (item.kind === 'field' && item.name.name && !fields.has(item.name.name)) {
      const type = FIELD_TYPES.includes(item.type.name as FieldType) ? (item.type.name as FieldType) : 'any';
      fields.set(item.name.name, { name: item.name.name, type, builtin: false, decl: item });
    } else if (item.kind === 'metric' && item.name.name && !metrics.has(item.name.name)) metrics.set(item.name.name, item);
    else if (item.kind === 'kpi' && item.name.name && !kpis.has(item.name.name)) kpis.set(item.name.name, item);
  }
  return { fields, metrics, kpis, incomplete };
}

/** The value of the first valid `period`/`subject`/`missing` setting, else the default. */
export function setting<T extends string>(
  items: readonly { readonly kind: string }[], kind: 'period' | 'subject' | 'missing', allowed: readonly T[], fallback: T,
): T {
  for (const item of items as readonly ScorecardItem[]) {
    if (item.kind === kind && allowed.includes(item.value.name as T)) return item.value.name as T;
  }
  return fallback;
}
