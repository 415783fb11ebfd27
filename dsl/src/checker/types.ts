import type { CallExpr, Expr, MemberExpr, NameExpr, TierExpr } from '../ast/nodes';
import type { ValueType } from '../compile/types';
import { AGENT_ATTRIBUTES } from '../fields';
import { isMismatch, type FunctionDef } from '../functions';
import type { CallUse, NameUse, Ty, Uses } from './analysis';
import { binaryOutcome, combine, unaryOutcome } from './unit-algebra';

// Type inference: the type of every expression node, bottom-up. It never reports; the unit rules
// read the same algebra (unit-algebra.ts) and report where a combination does not fit.

export const UNITS: readonly ValueType[] = ['number', 'percent', 'duration', 'count', 'money'];

/** A metric or kpi's declared unit when it is a real one, else undefined. */
export const declaredUnit = (unit: { readonly name: string } | undefined): ValueType | undefined =>
  unit && UNITS.includes(unit.name as ValueType) ? (unit.name as ValueType) : undefined;

/** Whether a call has an argument count its definition accepts (`team`/`org` take exactly one metric name). */
export const arityFits = (def: FunctionDef, call: CallExpr): boolean =>
  call.args.length >= def.minArgs && call.args.length <= def.maxArgs;

export class TypeInference {
  readonly types = new Map<Expr, Ty>();

  /** `uses.exprs` holds each resolved name's NameUse and each call's CallUse (see resolve.ts) */
  constructor(private readonly uses: Uses, private readonly nodeType: (name: string) => Ty) {}

  infer(expr: Expr): Ty {
    const known = this.types.get(expr);
    if (known !== undefined) return known;
    const type = this.compute(expr);
    this.types.set(expr, type);
    return type;
  }

  private compute(expr: Expr): Ty {
    switch (expr.kind) {
      case 'number': case 'percent': case 'duration': case 'string': case 'boolean': case 'null':
        return expr.kind;
      case 'name': return this.name(expr);
      case 'member': return memberType(expr);
      case 'call': return this.call(expr);
      case 'unary': return unaryOutcome(expr.op, this.infer(expr.operand)).type;
      case 'binary': return binaryOutcome(expr.op, this.infer(expr.left), this.infer(expr.right)).type;
      case 'if': {
        this.infer(expr.condition);
        return combine(this.infer(expr.then), this.infer(expr.otherwise)) ?? 'any';
      }
      case 'tier': return this.tier(expr);
      default: return 'any';
    }
  }

  private name(expr: NameExpr): Ty {
    const use = this.uses.exprs.get(expr) as Partial<NameUse> | undefined;
    const target = use?.target;
    if (!use || !target) return 'any';
    if (target.kind === 'score') return 'number';
    if (target.kind === 'field') return use.aggregate ? target.field.type : 'any';
    return use.aggregate && !use.groupArgument ? 'any' : this.nodeType(target.name);
  }

  private call(expr: CallExpr): Ty {
    const argTypes = expr.args.map((a) => this.infer(a));
    if (expr.where) this.infer(expr.where);
    const def = (this.uses.exprs.get(expr) as Partial<CallUse> | undefined)?.def;
    if (!def || !arityFits(def, expr)) return 'any';
    if (def.kind === 'group') return expr.args[0].kind === 'name' ? argTypes[0] : 'any';
    const open = argTypes.some((t) => t === 'any');
    const result = def.type(argTypes.map((t) => (t === 'any' ? 'null' : t)));
    if (isMismatch(result)) return 'any';
    // with an unknown argument the rule falls back to `number`; the honest answer is "unknown"
    return open && result === 'number' ? 'any' : result;
  }

  private tier(expr: TierExpr): Ty {
    this.infer(expr.subject);
    const results = expr.branches.map((b) => {
      this.infer(b.threshold);
      return this.infer(b.result);
    });
    if (expr.otherwise) results.push(this.infer(expr.otherwise.result));
    let type: Ty = 'null';
    for (const t of results) {
      const next = combine(type, t);
      if (next === undefined) return 'any';
      type = next;
    }
    return type === 'null' && results.length === 0 ? 'any' : type;
  }
}

function memberType(expr: MemberExpr): Ty {
  if (expr.object.name !== 'agent') return 'any';
  const attribute = Object.hasOwn(AGENT_ATTRIBUTES, expr.property.name) ? AGENT_ATTRIBUTES[expr.property.name] : undefined;
  return attribute ?? 'any';
}

/** What the model shows for a type: an unknown (already reported) type reads as a plain number. */
export const exported = (t: Ty): ValueType => (t === 'any' ? 'number' : t);
