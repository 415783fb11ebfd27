// Precedence climbing for the flat expression rows the grammar produces (see ../parser/expression-grammar.ts).
import type { IToken } from 'chevrotain';
import { operatorText } from '../lexer/tokens';
import type { ExprBuilder, Loc } from './expr-builders';
import type * as A from './nodes';

/** One operand of a flat row, with the prefix operators written before it. */
export interface Operand {
  readonly prefixes: readonly IToken[];
  readonly expr: A.Expr;
}

/** Binding powers, loosest first (spec §3). `not` binds looser than comparisons, unary `-` tighter than `*`. */
const BINARY_POWER: Readonly<Record<string, number>> = {
  or: 1, and: 2, '==': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6,
};
const NOT_POWER = 3;
const COMPARE_POWER = 4;

/**
 * Precedence climbing over one flat row of operands and operators. Recursion is bounded: one level per
 * precedence step and per prefix, and the parser already capped prefixes at MAX_NESTING_DEPTH.
 */
export class PrecedenceReader {
  private operand = 0;
  private prefix = 0;
  private op = 0;

  constructor(
    private readonly b: ExprBuilder, private readonly operands: readonly Operand[],
    private readonly ops: readonly IToken[], private readonly loc: Loc,
  ) {}

  read(): A.Expr {
    return this.binary(0);
  }

  private binary(minPower: number): A.Expr {
    let left = this.unary();
    let comparedLast = false;
    while (this.op < this.ops.length) {
      const token = this.ops[this.op];
      const op = operatorText(token);
      const power = BINARY_POWER[op] ?? 0;
      if (power <= minPower) break;
      this.op += 1;
      const right = this.binary(power);
      const span = this.b.cover(left.span, right.span);
      const compares = power === COMPARE_POWER;
      if (compares && comparedLast) {
        this.b.error('YS016', this.b.tokenSpan(token));
        left = { kind: 'error', span };
      } else {
        left = { kind: 'binary', op: op as A.BinaryOp, left, right, opSpan: this.b.tokenSpan(token), span };
      }
      comparedLast = compares;
    }
    return left;
  }

  /** The next operand with its prefixes: `-` takes just the operand, `not` a whole comparison. */
  private unary(): A.Expr {
    const operand = this.operands[this.operand];
    if (!operand) return this.b.missing(this.loc);
    const token = operand.prefixes[this.prefix];
    if (!token) {
      this.operand += 1;
      this.prefix = 0;
      return operand.expr;
    }
    this.prefix += 1;
    const isNot = operatorText(token) === 'not';
    const inner = isNot ? this.binary(NOT_POWER) : this.unary();
    const span = this.b.cover(this.b.tokenSpan(token), inner.span);
    return { kind: 'unary', op: isNot ? 'not' : '-', operand: inner, span };
  }
}
