import type { CallExpr, Expr, MemberExpr } from '../ast/nodes';
import { AGENT_ATTRIBUTES } from '../fields';
import { resolveFunction } from '../functions';
import type { AttrConversion } from '../runtime/ops';
import { evaluateConstant } from './interpret';
import { walkIr, type AggregateEntry, type Ir } from './ir';
import { printExpr } from './print';
import type { AggregateFn, FieldType, ValueType } from './types';

// AST → IR: resolves every name by its context (spec §4). Inside an aggregate's argument a bare name
// is a record field; elsewhere it is a metric, a kpi or (in compensation) the score. The checker has
// already reported anything unresolvable, so what is left unresolved here becomes a null literal
// rather than an exception: compiling never throws on a checked document.

export type NameTarget =
  | { readonly kind: 'node'; readonly index: number; readonly key: string; readonly nodeKind: 'metric' | 'kpi' }
  | { readonly kind: 'score' };

export interface LowerEnv {
  /** a bare name outside aggregates */
  readonly resolve: (name: string) => NameTarget | undefined;
  /** the checker's inferred types (attribute conversions, rates of conditions) */
  readonly types: ReadonlyMap<Expr, ValueType>;
  readonly fieldTypes: ReadonlyMap<string, FieldType>;
  /** present only while lowering a metric: aggregates are allowed there and registered here */
  readonly aggregates?: AggregateRegistry;
}

/** Spec §7: every record carries `kind`, "interaction" unless its source says otherwise. */
const FIELD_FALLBACKS: ReadonlyMap<string, string> = new Map([['kind', 'interaction']]);

function fieldIr(e: Expr & { kind: 'name' }): Ir {
  const fallback = FIELD_FALLBACKS.get(e.name);
  return fallback === undefined ? { k: 'field', name: e.name, expr: e } : { k: 'field', name: e.name, fallback, expr: e };
}

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['number', 'percent', 'duration', 'count', 'money']);
const nullIr = (expr: Expr): Ir => ({ k: 'lit', value: null, expr });

export function lowerExpr(e: Expr, env: LowerEnv, record = false): Ir {
  switch (e.kind) {
    // a literal too large for a double (400 nines) is null, like any non-finite result
    case 'number': case 'percent': case 'duration': return Number.isFinite(e.value) ? { k: 'lit', value: e.value, expr: e } : nullIr(e);
    case 'string': case 'boolean': return { k: 'lit', value: e.value, expr: e };
    case 'null': case 'error': return nullIr(e);
    case 'name': return record ? fieldIr(e) : lowerName(e, env);
    case 'member': return record ? nullIr(e) : lowerMember(e, env);
    case 'unary': return { k: e.op === '-' ? 'neg' : 'not', a: lowerExpr(e.operand, env, record), expr: e };
    case 'binary': {
      const a = lowerExpr(e.left, env, record);
      const b = lowerExpr(e.right, env, record);
      if (e.op === 'and' || e.op === 'or') return { k: 'logic', op: e.op, a, b, expr: e };
      if (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/') return { k: 'arith', op: e.op, a, b, expr: e };
      return { k: 'compare', op: e.op, a, b, expr: e };
    }
    case 'if':
      return { k: 'if', c: lowerExpr(e.condition, env, record), then: lowerExpr(e.then, env, record), otherwise: lowerExpr(e.otherwise, env, record), expr: e };
    case 'tier':
      return {
        k: 'tier', expr: e,
        subject: lowerExpr(e.subject, env, record),
        branches: e.branches.map((b) => ({
          op: b.op, text: `${b.op} ${printExpr(b.threshold)}`,
          threshold: lowerExpr(b.threshold, env, record), result: lowerExpr(b.result, env, record),
        })),
        otherwise: e.otherwise ? lowerExpr(e.otherwise.result, env, record) : null,
      };
    case 'call': return lowerCall(e, env, record);
  }
}

function lowerName(e: Expr & { kind: 'name' }, env: LowerEnv): Ir {
  const target = env.resolve(e.name);
  if (!target) return nullIr(e);
  if (target.kind === 'score') return { k: 'score', expr: e };
  return { k: 'node', index: target.index, key: target.key, nodeKind: target.nodeKind, expr: e };
}

function lowerMember(e: MemberExpr, env: LowerEnv): Ir {
  const object = e.object.name;
  if (object !== 'agent' && object !== 'team' && object !== 'group') return nullIr(e);
  return { k: 'attr', object, name: e.property.name, conv: attrConversion(e, env), expr: e };
}

/** How an attribute is read: money may arrive as `"5000.00"`, dates as `YYYY-MM-DD`. */
function attrConversion(e: MemberExpr, env: LowerEnv): AttrConversion {
  const known = e.object.name === 'agent' ? AGENT_ATTRIBUTES[e.property.name] : undefined;
  const checked = env.types.get(e);
  const type: string | undefined = checked && checked !== 'null' ? checked : known;
  if (type === undefined) return 'auto';
  if (NUMERIC_TYPES.has(type)) return 'number';
  if (type === 'date') return 'date';
  return type === 'string' || type === 'boolean' ? 'raw' : 'auto';
}

function lowerCall(e: CallExpr, env: LowerEnv, record: boolean): Ir {
  const def = resolveFunction(e.callee.name, e.args.length);
  if (!def) return nullIr(e);
  if (def.kind === 'scalar') return { k: 'call', fn: def, args: e.args.map((a) => lowerExpr(a, env, record)), expr: e };
  if (def.kind === 'group') {
    const arg = e.args[0];
    const target = !record && arg?.kind === 'name' ? env.resolve(arg.name) : undefined;
    if (target?.kind !== 'node') return nullIr(e);
    return { k: 'group', group: def.group, index: target.index, key: target.key, expr: e };
  }
  // an aggregate: only directly in a metric, never inside another aggregate
  if (record || !env.aggregates) return nullIr(e);
  const entry = env.aggregates.add(e, env);
  return entry ? { k: 'agg', index: entry.index, text: entry.text, expr: e } : nullIr(e);
}

/** The aggregates of one scorecard, deduplicated by canonical text across all its metrics. */
export class AggregateRegistry {
  private readonly list: AggregateEntry[] = [];
  private readonly byText = new Map<string, AggregateEntry>();

  get entries(): readonly AggregateEntry[] {
    return this.list;
  }

  /** The entry for this aggregate call, or undefined when it is null whatever the records (`percentile(x, null)`). */
  add(e: CallExpr, env: LowerEnv): AggregateEntry | undefined {
    const text = printExpr(e);
    const known = this.byText.get(text);
    if (known) return known;
    const fn = e.callee.name as AggregateFn;
    const fraction = fn === 'percentile' ? percentileFraction(e, env) : undefined;
    if (fraction === null) return undefined;
    let value = e.args[0] ? lowerExpr(e.args[0], env, true) : undefined;
    if (value && fn === 'avg' && isCondition(value, env)) value = { k: 'rate', a: value, expr: value.expr };
    const filter = e.where ? lowerExpr(e.where, env, true) : undefined;
    // assigned one by one rather than spread in (V8's slow path); absent ones stay absent
    const entry: { -readonly [K in keyof AggregateEntry]: AggregateEntry[K] } = { index: this.list.length, fn, text, span: e.span, fields: [] };
    if (value) entry.value = value;
    if (filter) entry.filter = filter;
    if (fraction !== undefined) entry.fraction = fraction;
    entry.fields = fieldsOf([value, filter]);
    this.list.push(entry);
    this.byText.set(text, entry);
    return entry;
  }
}

/** `percentile(x, 90)` → 0.9; p is a constant number (checked), clamped to 0..100; null when p is null. */
function percentileFraction(e: CallExpr, env: LowerEnv): number | null {
  const p = e.args[1] ? evaluateConstant(lowerExpr(e.args[1], env, true)) : null;
  return typeof p === 'number' ? Math.min(Math.max(p / 100, 0), 1) : null;
}

function isCondition(ir: Ir, env: LowerEnv): boolean {
  if (env.types.get(ir.expr) === 'boolean') return true;
  if (ir.k === 'compare' || ir.k === 'logic' || ir.k === 'not') return true;
  return ir.k === 'field' && env.fieldTypes.get(ir.name) === 'boolean';
}

/** The record fields an aggregate's functions read, in first-use order. */
export function fieldsOf(irs: readonly (Ir | undefined)[]): string[] {
  const out = new Set<string>();
  for (const ir of irs) if (ir) walkIr(ir, (n) => { if (n.k === 'field') out.add(n.name); });
  return [...out];
}
