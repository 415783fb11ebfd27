// The expression half of the CST → AST builder (see builders.ts): literal values, operators folded left to
// right, spans from CST locations (a parenthesised expression's span includes its parentheses).
import type { CstNodeLocation, IToken } from 'chevrotain';
import { diagnostic } from '../diagnostics/catalogue';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LineMap } from '../lexer/positions';
import { unescapeString } from '../lexer/lexer';
import { Keyword, operatorText, StringLit } from '../lexer/tokens';
import type * as C from '../parser/cst';
import type * as A from './nodes';
import { PrecedenceReader, type Operand } from './precedence';

export type Loc = CstNodeLocation | undefined;
type Located<T> = { readonly children: T; readonly location?: CstNodeLocation };

const DURATION_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };
const NO_TOKENS: readonly IToken[] = [];

export class ExprBuilder {
  /** the furthest offset seen, where a node with no tokens of its own is placed */
  private cursor = 0;

  constructor(readonly lines: LineMap, private readonly diagnostics: Diagnostic[]) {}

  // ------------------------------------------------------------- spans and tokens

  span(loc: Loc): A.Span {
    if (!loc || Number.isNaN(loc.startOffset)) return this.lines.span(this.cursor, this.cursor);
    const end = Number.isNaN(loc.endOffset ?? NaN) ? loc.startOffset + 1 : loc.endOffset! + 1;
    this.cursor = Math.max(this.cursor, loc.startOffset);
    return this.lines.span(loc.startOffset, end);
  }

  tokenSpan(token: IToken): A.Span {
    return this.lines.span(token.startOffset, token.endOffset! + 1);
  }

  /** The i-th token of a CST child, unless Chevrotain invented it while recovering. */
  real(tokens: readonly IToken[] | undefined, i = 0): IToken | undefined {
    const token = tokens?.[i];
    return token && !token.isInsertedInRecovery && !Number.isNaN(token.startOffset) ? token : undefined;
  }

  missingAt(offset: number): A.ErrorExpr {
    return { kind: 'error', span: this.lines.span(offset, offset) };
  }

  /** The smallest span covering both (recovery can place an error node anywhere near). */
  cover(a: A.Span, b: A.Span): A.Span {
    return {
      start: a.start.offset <= b.start.offset ? a.start : b.start,
      end: a.end.offset >= b.end.offset ? a.end : b.end,
    };
  }

  /** A zero-width error node at the end of `loc`: where a missing expression should have been. */
  missing(loc: Loc): A.ErrorExpr {
    const at = loc && !Number.isNaN(loc.endOffset ?? NaN) ? loc.endOffset! + 1 : this.cursor;
    return { kind: 'error', span: this.lines.span(at, at) };
  }

  error(code: 'YS013' | 'YS014' | 'YS016', span: A.Span): void {
    this.diagnostics.push(diagnostic(code, span));
  }

  // ------------------------------------------------------------- names and labels

  name(nodes: readonly Located<C.NameCstChildren>[] | undefined): A.Identifier | undefined {
    const node = nodes?.[0];
    return node ? this.nameChildren(node.children) : undefined;
  }

  /** A declared name; a reserved word there is reported (YS015) but kept, so the rest still reads. */
  nameChildren(ctx: C.NameCstChildren): A.Identifier | undefined {
    const token = this.real(ctx.Identifier) ?? this.real(ctx.Keyword);
    if (!token) return undefined;
    const span = this.tokenSpan(token);
    if (token.tokenType.CATEGORIES?.includes(Keyword)) this.diagnostics.push(diagnostic('YS015', span, { name: token.image }));
    return { kind: 'identifier', name: token.image, span };
  }

  /** `{ label }` to spread into a declaration, or nothing. */
  label(tokens: readonly IToken[] | undefined): { label?: A.StringLiteral } {
    const label = this.labelOf(tokens);
    return label ? { label } : {};
  }

  /** A declaration's label, if it has one. */
  labelOf(tokens: readonly IToken[] | undefined): A.StringLiteral | undefined {
    const token = this.real(tokens);
    return token ? this.stringLiteral(token) : undefined;
  }

  private stringLiteral(token: IToken): A.StringLiteral {
    const value = unescapeString(token.image, token.tokenType === StringLit);
    return { kind: 'string', value, raw: token.image, span: this.tokenSpan(token) };
  }

  /** `2026-11-01`; YS004 and nothing when the day does not exist. */
  date(token: IToken | undefined): A.DateLiteral | undefined {
    if (!token) return undefined;
    const [year, month, day] = token.image.split('-').map(Number);
    const span = this.tokenSpan(token);
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (!valid) {
      this.diagnostics.push(diagnostic('YS004', span, { text: token.image }));
      return undefined;
    }
    return { kind: 'date', raw: token.image, year, month, day, span };
  }

  /**
   * A block whose `}` never came (YS012 at its `{`). Chevrotain stops at the end of the file without asking for
   * the braces still owed, so the builder, which sees the structure, reports them; parse.ts drops duplicates.
   */
  requireClose(open: readonly IToken[] | undefined, close: readonly IToken[] | undefined): void {
    const brace = this.real(open);
    if (brace && !this.real(close)) this.diagnostics.push(diagnostic('YS012', this.tokenSpan(brace), { open: '{' }));
  }

  /** Profile weights are separated by commas; the grammar lets one be forgotten, reported here (YS010). */
  requireCommas(entries: readonly Located<C.WeightEntryCstChildren>[], commas: readonly IToken[]): void {
    for (let i = 1; i < entries.length; i++) {
      const prevEnd = entries[i - 1].location?.endOffset ?? NaN;
      const start = entries[i].location?.startOffset ?? NaN;
      if (Number.isNaN(prevEnd) || Number.isNaN(start)) continue;
      if (commas.some((c) => c.startOffset > prevEnd && c.startOffset < start)) continue;
      const name = this.real(entries[i].children.name?.[0]?.children.Identifier)
        ?? this.real(entries[i].children.name?.[0]?.children.Keyword);
      const found = `\`${name?.image ?? ''}\``;
      this.diagnostics.push(diagnostic('YS010', this.lines.span(start, name ? name.endOffset! + 1 : start), {
        expected: '`,` between two weights', expectedZh: '两个权重之间的 `,`', found, foundZh: found,
      }));
    }
  }

  // ------------------------------------------------------------- operators

  expr(nodes: readonly Located<C.ExpressionCstChildren>[] | undefined, i: number, parent: Loc): A.Expr {
    const node = nodes?.[i];
    return node ? this.expression(node.children, node.location) : this.missing(parent);
  }

  /** The expression that starts inside [from, to): finds the right one when recovery dropped an earlier one. */
  exprIn(nodes: readonly Located<C.ExpressionCstChildren>[] | undefined, from: number, to: number, parent: Loc): A.Expr {
    const node = nodes?.find((n) => n.location && n.location.startOffset >= from && n.location.startOffset < to);
    return node ? this.expression(node.children, node.location) : this.missing(parent);
  }

  expression(ctx: C.ExpressionCstChildren, loc: Loc): A.Expr {
    return this.operators(ctx.primary, ctx.PrefixOp, ctx.BinaryOp, loc);
  }

  arithmetic(ctx: C.ArithmeticCstChildren, loc: Loc): A.Expr {
    return this.operators(ctx.primary, ctx.Minus, ctx.ArithOp, loc);
  }

  /** Applies precedence to a flat `[prefix…] operand (op [prefix…] operand)*` row; see PrecedenceReader. */
  private operators(
    primaries: readonly Located<C.PrimaryCstChildren>[] | undefined, prefixes: readonly IToken[] | undefined,
    ops: readonly IToken[] | undefined, loc: Loc,
  ): A.Expr {
    // the usual operand alone (`95%`, `m1`, `count()`): no precedence to apply
    if (primaries?.length === 1 && !prefixes?.length && !ops?.length) return this.primary(primaries[0].children, primaries[0].location);
    const operands: Operand[] = [];
    const all = ops ?? NO_TOKENS;
    const real = all.some((t) => Number.isNaN(t.startOffset)) ? all.filter((t) => !Number.isNaN(t.startOffset)) : all;
    let p = 0;
    const pre = prefixes ?? NO_TOKENS;
    const list = primaries ?? [];
    for (let i = 0; i < list.length; i++) {
      const node = list[i];
      const start = node.location?.startOffset ?? NaN;
      let mine: readonly IToken[] = NO_TOKENS;
      if (p < pre.length && !(pre[p].startOffset >= start)) {
        const from = p;
        while (p < pre.length && !(pre[p].startOffset >= start)) p++;
        mine = pre.slice(from, p);
      }
      // a primary lost to recovery has no location: place its error node right after what precedes it
      const before = mine.at(-1) ?? real[i - 1];
      const expr = Number.isNaN(start) && before
        ? this.missingAt(before.endOffset! + 1)
        : this.primary(node.children, node.location);
      operands.push({ prefixes: mine, expr });
    }
    if (p < pre.length) operands.push({ prefixes: pre.slice(p), expr: this.missingAt(pre.at(-1)!.endOffset! + 1) });
    return new PrecedenceReader(this, operands, real, loc).read();
  }

  // ------------------------------------------------------------- primaries

  primary(ctx: C.PrimaryCstChildren, loc: Loc): A.Expr {
    const literal = this.literal(ctx);
    if (literal) return literal;
    if (ctx.parenExpr) return this.parenExpr(ctx.parenExpr[0].children, ctx.parenExpr[0].location);
    if (ctx.ifExpr) return this.ifExpr(ctx.ifExpr[0].children, ctx.ifExpr[0].location);
    if (ctx.tierExpr) return this.tierExpr(ctx.tierExpr[0].children, ctx.tierExpr[0].location);
    if (ctx.nameExpr) return this.nameExpr(ctx.nameExpr[0].children, ctx.nameExpr[0].location);
    return this.missing(loc);
  }

  private literal(ctx: C.PrimaryCstChildren): A.Expr | undefined {
    const token = this.real(ctx.NumberLit ?? ctx.PercentLit ?? ctx.DurationLit ?? ctx.AnyString ?? ctx.KwTrue ?? ctx.KwFalse
      ?? ctx.KwNull ?? ctx.DateLit ?? ctx.BadNumber);
    if (!token) return undefined;
    const span = this.tokenSpan(token);
    const raw = token.image;
    if (ctx.NumberLit) return { kind: 'number', value: Number(raw), raw, span };
    if (ctx.PercentLit) return { kind: 'percent', value: Number(raw.slice(0, -1)) / 100, raw, span };
    if (ctx.DurationLit) return { kind: 'duration', value: Number(raw.slice(0, -1)) * DURATION_SECONDS[raw.slice(-1)], raw, span };
    if (ctx.AnyString) return this.stringLiteral(token);
    if (ctx.KwTrue || ctx.KwFalse) return { kind: 'boolean', value: raw === 'true', span };
    if (ctx.KwNull) return { kind: 'null', span };
    if (ctx.DateLit) this.error('YS013', span);
    return { kind: 'error', span };
  }

  parenExpr(ctx: C.ParenExprCstChildren, loc: Loc): A.Expr {
    const inner = this.expr(ctx.expression, 0, loc);
    return { ...inner, span: this.span(loc) };
  }

  nameExpr(ctx: C.NameExprCstChildren, loc: Loc): A.Expr {
    const token = this.real(ctx.Identifier);
    if (!token) return this.missing(loc);
    const id: A.Identifier = { kind: 'identifier', name: token.image, span: this.tokenSpan(token) };
    if (ctx.member) {
      const property = this.name(ctx.member[0].children.name);
      const span = this.span(loc);
      return property ? { kind: 'member', object: id, property, span } : { kind: 'error', span };
    }
    if (ctx.callArgs) {
      const { args, where } = this.callArgs(ctx.callArgs[0].children);
      const span = this.span(loc);
      return where ? { kind: 'call', callee: id, args, where, span } : { kind: 'call', callee: id, args, span };
    }
    return { kind: 'name', name: id.name, span: id.span };
  }

  /** Arguments; `where` belongs to the first one only (YS014 elsewhere, and that filter is dropped). */
  callArgs(ctx: C.CallArgsCstChildren): { args: A.Expr[]; where?: A.Expr } {
    let where: A.Expr | undefined;
    const args = (ctx.argument ?? []).map((n, i) => {
      const a = n.children;
      const value = this.expr(a.expression, 0, n.location);
      const kw = this.real(a.KwWhere);
      if (kw && i === 0) where = this.exprIn(a.expression, kw.endOffset! + 1, Infinity, n.location);
      else if (kw) this.error('YS014', this.tokenSpan(kw));
      return value;
    });
    return where ? { args, where } : { args };
  }

  ifExpr(ctx: C.IfExprCstChildren, loc: Loc): A.Expr {
    const thenAt = this.real(ctx.KwThen)?.startOffset ?? Infinity;
    const elseAt = this.real(ctx.KwElse)?.startOffset ?? Infinity;
    return {
      kind: 'if',
      condition: this.exprIn(ctx.expression, 0, thenAt, loc),
      then: this.exprIn(ctx.expression, thenAt, elseAt, loc),
      otherwise: this.exprIn(ctx.expression, elseAt, Infinity, loc),
      span: this.span(loc),
    };
  }

  tierExpr(ctx: C.TierExprCstChildren, loc: Loc): A.Expr {
    const branches = (ctx.tierBranch ?? [])
      .map((n) => this.tierBranch(n.children, n.location))
      .filter((b): b is A.TierBranch => b !== undefined);
    const otherwise = ctx.tierElse ? this.tierElse(ctx.tierElse[0].children, ctx.tierElse[0].location) : undefined;
    return {
      kind: 'tier', subject: this.expr(ctx.expression, 0, loc), branches, ...(otherwise ? { otherwise } : {}),
      span: this.span(loc),
    };
  }

  tierBranch(ctx: C.TierBranchCstChildren, loc: Loc): A.TierBranch | undefined {
    const op = this.real(ctx.TierOp);
    if (!op) return undefined;
    const arrowAt = this.real(ctx.Arrow)?.startOffset ?? Infinity;
    const nodes = ctx.arithmetic ?? [];
    const threshold = nodes.find((n) => n.location && n.location.startOffset < arrowAt);
    const result = nodes.find((n) => n.location && n.location.startOffset > arrowAt);
    return {
      kind: 'tier-branch', op: operatorText(op) as A.TierOp, opSpan: this.tokenSpan(op),
      threshold: threshold ? this.arithmetic(threshold.children, threshold.location) : this.missing(loc),
      result: result ? this.arithmetic(result.children, result.location) : this.missing(loc),
      span: this.span(loc),
    };
  }

  tierElse(ctx: C.TierElseCstChildren, loc: Loc): A.TierElse {
    const node = ctx.arithmetic?.[0];
    const result = node ? this.arithmetic(node.children, node.location) : this.missing(loc);
    return { kind: 'tier-else', result, span: this.span(loc) };
  }
}
