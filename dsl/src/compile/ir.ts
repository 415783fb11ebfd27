import type { ArithmeticOp, CompareOp, Expr, Span, TierOp } from '../ast/nodes';
import type { ScalarFunction } from '../functions/function';
import type { AttrConversion } from '../runtime/ops';
import type { AggregateFn, Value } from './types';

// The resolved expression tree the code generator and the interpreter share. It mirrors the AST one
// node for one node (each keeps its source `expr` for text and spans), with every name already
// resolved: a record field, a metric/kpi slot, an aggregate slot, an attribute, or the score.
// Both back ends therefore agree on what a name means; only the evaluation differs.

interface Base { readonly expr: Expr }

export interface IrBranch {
  readonly op: TierOp;
  readonly threshold: Ir;
  readonly result: Ir;
  /** the branch as written, `>= 95%` */
  readonly text: string;
}

export type Ir =
  | Base & { readonly k: 'lit'; readonly value: Value }
  /** a record field; `fallback` is what an absent or null value reads as (`kind` → "interaction") */
  | Base & { readonly k: 'field'; readonly name: string; readonly fallback?: string }
  | Base & { readonly k: 'node'; readonly index: number; readonly key: string; readonly nodeKind: 'metric' | 'kpi' }
  | Base & { readonly k: 'group'; readonly group: 'team' | 'org'; readonly index: number; readonly key: string }
  | Base & { readonly k: 'attr'; readonly object: 'agent' | 'team' | 'group'; readonly name: string; readonly conv: AttrConversion }
  | Base & { readonly k: 'agg'; readonly index: number; readonly text: string }
  | Base & { readonly k: 'score' }
  | Base & { readonly k: 'neg' | 'not' | 'rate'; readonly a: Ir }
  | Base & { readonly k: 'arith'; readonly op: ArithmeticOp; readonly a: Ir; readonly b: Ir }
  | Base & { readonly k: 'compare'; readonly op: CompareOp; readonly a: Ir; readonly b: Ir }
  | Base & { readonly k: 'logic'; readonly op: 'and' | 'or'; readonly a: Ir; readonly b: Ir }
  | Base & { readonly k: 'if'; readonly c: Ir; readonly then: Ir; readonly otherwise: Ir }
  | Base & { readonly k: 'tier'; readonly subject: Ir; readonly branches: readonly IrBranch[]; readonly otherwise: Ir | null }
  | Base & { readonly k: 'call'; readonly fn: ScalarFunction; readonly args: readonly Ir[] };

/** An aggregate found while lowering metrics, before its per-record functions are generated. */
export interface AggregateEntry {
  readonly index: number;
  readonly fn: AggregateFn;
  readonly value?: Ir;
  readonly filter?: Ir;
  readonly fraction?: number;
  readonly text: string;
  readonly fields: readonly string[];
  readonly span: Span;
}

/** Every direct child of an IR node, in evaluation order. */
export function irChildren(ir: Ir): readonly Ir[] {
  switch (ir.k) {
    case 'neg': case 'not': case 'rate': return [ir.a];
    case 'arith': case 'compare': case 'logic': return [ir.a, ir.b];
    case 'if': return [ir.c, ir.then, ir.otherwise];
    case 'tier': return [ir.subject, ...ir.branches.flatMap((b) => [b.threshold, b.result]), ...(ir.otherwise ? [ir.otherwise] : [])];
    case 'call': return ir.args;
    default: return [];
  }
}

/** Visits an IR tree depth-first, parents before children. */
export function walkIr(ir: Ir, visit: (ir: Ir) => void): void {
  const stack: Ir[] = [ir];
  while (stack.length > 0) {
    const next = stack.pop() as Ir;
    visit(next);
    const children = irChildren(next);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
