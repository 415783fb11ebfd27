// CST → AST. The grammar (../parser/grammar.ts) only says what is well formed; this visitor gives the tree its
// meaning: literal values, spans on every node, and the checks the grammar deliberately leaves open (YS013 date
// outside `active`, YS014 `where` after the first argument, YS015 keyword as a name, YS016 chained comparisons,
// YS004 impossible dates). Error recovery may leave any CST child missing, so every child is treated as optional:
// a missing expression becomes an `error` node, an item without its name an `error-item`.
import type { CstNodeLocation } from 'chevrotain';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LineMap } from '../lexer/positions';
import { operatorText } from '../lexer/tokens';
import { parser } from '../parser/grammar';
import type * as C from '../parser/cst';
import type * as A from './nodes';
import { ExprBuilder, type Loc } from './expr-builders';

const BaseVisitor = parser.getBaseCstVisitorConstructor<Loc, unknown>();

type Item = A.ScorecardItem;

/** Builds the AST of one parse; create one per parse (it is cheap: the parser is the shared, costly part). */
export class AstBuilder extends BaseVisitor implements C.ICstNodeVisitor<Loc, unknown> {
  private readonly x: ExprBuilder;

  constructor(lines: LineMap, diagnostics: Diagnostic[]) {
    super();
    this.validateVisitor();
    this.x = new ExprBuilder(lines, diagnostics);
  }

  /** Entry point: the whole document, blocks in source order. */
  build(node: C.DocumentCstNode, comments: readonly A.Comment[]): A.Document {
    return this.document(node.children, node.location, comments);
  }

  document(ctx: C.DocumentCstChildren, _loc?: Loc, comments: readonly A.Comment[] = []): A.Document {
    const blocks: A.TopLevel[] = [
      ...(ctx.scorecard ?? []).map((n) => this.scorecard(n.children, n.location)),
      ...(ctx.compensation ?? []).map((n) => this.compensation(n.children, n.location)),
    ].sort((a, b) => a.span.start.offset - b.span.start.offset);
    return { kind: 'document', blocks, comments, span: this.x.lines.span(0, this.x.lines.length) };
  }

  scorecard(ctx: C.ScorecardCstChildren, loc?: Loc): A.ScorecardDecl | A.ErrorItem {
    const name = this.x.name(ctx.name);
    if (!name) return this.errorItem(loc);
    this.x.requireClose(ctx.LCurly, ctx.RCurly);
    const items = (ctx.scorecardItem ?? []).map((n) => this.scorecardItem(n.children, n.location));
    return { kind: 'scorecard', name, ...this.x.label(ctx.AnyString), items, span: this.x.span(loc) };
  }

  compensation(ctx: C.CompensationCstChildren, loc?: Loc): A.CompensationDecl | A.ErrorItem {
    const name = this.x.name(ctx.name);
    if (!name) return this.errorItem(loc);
    this.x.requireClose(ctx.LCurly, ctx.RCurly);
    const items = (ctx.compensationItem ?? []).map((n) => this.compensationItem(n.children, n.location));
    return { kind: 'compensation', name, ...this.x.label(ctx.AnyString), items, span: this.x.span(loc) };
  }

  scorecardItem(ctx: C.ScorecardItemCstChildren, loc?: Loc): Item {
    for (const key of ITEM_RULES) {
      const node = (ctx[key] as { children: unknown; location?: CstNodeLocation }[] | undefined)?.[0];
      if (node) return (this[key] as (c: unknown, l?: Loc) => Item)(node.children, node.location);
    }
    return this.errorItem(loc);
  }

  compensationItem(ctx: C.CompensationItemCstChildren, loc?: Loc): A.CompensationItem {
    if (ctx.scorecardRef) return this.scorecardRef(ctx.scorecardRef[0].children, ctx.scorecardRef[0].location);
    if (ctx.periodDecl) return this.periodDecl(ctx.periodDecl[0].children, ctx.periodDecl[0].location);
    if (ctx.payoutDecl) return this.payoutDecl(ctx.payoutDecl[0].children, ctx.payoutDecl[0].location);
    if (ctx.capDecl) return this.capDecl(ctx.capDecl[0].children, ctx.capDecl[0].location);
    if (ctx.floorDecl) return this.floorDecl(ctx.floorDecl[0].children, ctx.floorDecl[0].location);
    return this.errorItem(loc);
  }

  // ------------------------------------------------------------- items

  periodDecl(ctx: C.PeriodDeclCstChildren, loc?: Loc): A.PeriodDecl | A.ErrorItem {
    const value = this.x.name(ctx.name);
    return value ? { kind: 'period', value, span: this.x.span(loc) } : this.errorItem(loc);
  }

  subjectDecl(ctx: C.SubjectDeclCstChildren, loc?: Loc): A.SubjectDecl | A.ErrorItem {
    const value = this.x.name(ctx.name);
    return value ? { kind: 'subject', value, span: this.x.span(loc) } : this.errorItem(loc);
  }

  missingDecl(ctx: C.MissingDeclCstChildren, loc?: Loc): A.MissingDecl | A.ErrorItem {
    const value = this.x.name(ctx.name);
    return value ? { kind: 'missing', value, span: this.x.span(loc) } : this.errorItem(loc);
  }

  eligibleDecl(ctx: C.EligibleDeclCstChildren, loc?: Loc): A.EligibleDecl {
    return { kind: 'eligible', condition: this.x.expr(ctx.expression, 0, loc), span: this.x.span(loc) };
  }

  fieldDecl(ctx: C.FieldDeclCstChildren, loc?: Loc): A.FieldDecl | A.ErrorItem {
    const colon = this.x.real(ctx.Colon);
    const names = ctx.name ?? [];
    const before = names.filter((n) => !colon || n.location!.startOffset < colon.startOffset);
    const after = names.filter((n) => colon && n.location!.startOffset > colon.startOffset);
    const name = this.x.name(before);
    const type = this.x.name(after);
    return name && type ? { kind: 'field', name, type, span: this.x.span(loc) } : this.errorItem(loc);
  }

  metricDecl(ctx: C.MetricDeclCstChildren, loc?: Loc): A.MetricDecl | A.ErrorItem {
    return this.valueDecl('metric', ctx, loc);
  }

  kpiDecl(ctx: C.KpiDeclCstChildren, loc?: Loc): A.KpiDecl | A.ErrorItem {
    return this.valueDecl('kpi', ctx, loc);
  }

  private valueDecl<K extends 'metric' | 'kpi'>(
    kind: K, ctx: C.MetricDeclCstChildren | C.KpiDeclCstChildren, loc?: Loc,
  ): (A.MetricDecl & { kind: K }) | A.ErrorItem {
    const name = this.x.name(ctx.name);
    if (!name) return this.errorItem(loc);
    const unitNode = ctx.unitClause?.[0];
    const unit = unitNode ? this.unitClause(unitNode.children) : undefined;
    const label = this.x.labelOf(ctx.AnyString);
    const expr = this.x.expr(ctx.expression, 0, loc);
    const span = this.x.span(loc);
    // literals, not `...(label ? { label } : {})`: spreads are V8's slow path (see ../checker/resolve.ts)
    const decl = label
      ? (unit ? { kind, name, label, expr, unit, span } : { kind, name, label, expr, span })
      : (unit ? { kind, name, expr, unit, span } : { kind, name, expr, span });
    return decl as A.MetricDecl & { kind: K };
  }

  unitClause(ctx: C.UnitClauseCstChildren): A.Identifier | undefined {
    return this.x.name(ctx.name);
  }

  targetDecl(ctx: C.TargetDeclCstChildren, loc?: Loc): A.TargetDecl | A.ErrorItem {
    const metric = this.x.name(ctx.name);
    const op = this.x.real(ctx.CompareOp);
    if (!metric || !op) return this.errorItem(loc);
    const whenAt = this.x.real(ctx.KwWhen)?.startOffset ?? Infinity;
    const when = whenAt < Infinity ? { when: this.x.exprIn(ctx.expression, whenAt, Infinity, loc) } : {};
    return {
      kind: 'target', metric, op: operatorText(op) as A.CompareOp, opSpan: this.x.tokenSpan(op),
      value: this.x.exprIn(ctx.expression, 0, whenAt, loc), ...when, span: this.x.span(loc),
    };
  }

  profileDecl(ctx: C.ProfileDeclCstChildren, loc?: Loc): A.ProfileDecl | A.ErrorItem {
    const name = this.x.name(ctx.name);
    if (!name) return this.errorItem(loc);
    const dflt = this.x.real(ctx.KwDefault);
    const range = ctx.activeRange?.[0];
    const active = range ? this.activeRange(range.children, range.location) : undefined;
    this.x.requireCommas(ctx.weightEntry ?? [], ctx.Comma ?? []);
    const weights = (ctx.weightEntry ?? [])
      .map((n) => this.weightEntry(n.children, n.location))
      .filter((w): w is A.WeightEntry => w !== undefined);
    return {
      kind: 'profile', name, ...this.x.label(ctx.AnyString), ...(dflt ? { default: this.x.tokenSpan(dflt) } : {}),
      ...(active ? { active } : {}), weights, span: this.x.span(loc),
    };
  }

  activeRange(ctx: C.ActiveRangeCstChildren, loc?: Loc): A.ActiveRange | undefined {
    const from = this.x.date(this.x.real(ctx.DateLit, 0));
    const to = this.x.date(this.x.real(ctx.DateLit, 1));
    return from && to ? { kind: 'active-range', from, to, span: this.x.span(loc) } : undefined;
  }

  weightEntry(ctx: C.WeightEntryCstChildren, loc?: Loc): A.WeightEntry | undefined {
    const kpi = this.x.name(ctx.name);
    if (!kpi) return undefined;
    return { kind: 'weight', kpi, value: this.x.expr(ctx.expression, 0, loc), span: this.x.span(loc) };
  }

  alertDecl(ctx: C.AlertDeclCstChildren, loc?: Loc): A.AlertDecl | A.ErrorItem {
    const notifyAt = this.x.real(ctx.KwNotify)?.startOffset ?? Infinity;
    const names = ctx.name ?? [];
    const name = this.x.name(names.filter((n) => n.location!.startOffset < notifyAt));
    if (!name) return this.errorItem(loc);
    const notify = names
      .filter((n) => n.location!.startOffset > notifyAt)
      .map((n) => this.x.name([n]))
      .filter((n): n is A.Identifier => n !== undefined);
    return {
      kind: 'alert', name, ...this.x.label(ctx.AnyString), condition: this.x.expr(ctx.expression, 0, loc), notify,
      span: this.x.span(loc),
    };
  }

  scorecardRef(ctx: C.ScorecardRefCstChildren, loc?: Loc): A.CompScorecardRef | A.ErrorItem {
    const scorecard = this.x.name(ctx.name);
    return scorecard ? { kind: 'comp-scorecard', scorecard, span: this.x.span(loc) } : this.errorItem(loc);
  }

  payoutDecl(ctx: C.PayoutDeclCstChildren, loc?: Loc): A.PayoutDecl {
    return { kind: 'payout', expr: this.x.expr(ctx.expression, 0, loc), span: this.x.span(loc) };
  }

  capDecl(ctx: C.CapDeclCstChildren, loc?: Loc): A.CapDecl {
    return { kind: 'cap', expr: this.x.expr(ctx.expression, 0, loc), span: this.x.span(loc) };
  }

  floorDecl(ctx: C.FloorDeclCstChildren, loc?: Loc): A.FloorDecl {
    return { kind: 'floor', expr: this.x.expr(ctx.expression, 0, loc), span: this.x.span(loc) };
  }

  private errorItem(loc?: Loc): A.ErrorItem {
    return { kind: 'error-item', span: this.x.span(loc) };
  }

  // ------------------------------------------------------------- expressions: delegated to ExprBuilder

  name(ctx: C.NameCstChildren): A.Identifier | undefined { return this.x.nameChildren(ctx); }
  expression(ctx: C.ExpressionCstChildren, loc?: Loc): A.Expr { return this.x.expression(ctx, loc); }
  arithmetic(ctx: C.ArithmeticCstChildren, loc?: Loc): A.Expr { return this.x.arithmetic(ctx, loc); }
  primary(ctx: C.PrimaryCstChildren, loc?: Loc): A.Expr { return this.x.primary(ctx, loc); }
  parenExpr(ctx: C.ParenExprCstChildren, loc?: Loc): A.Expr { return this.x.parenExpr(ctx, loc); }
  nameExpr(ctx: C.NameExprCstChildren, loc?: Loc): A.Expr { return this.x.nameExpr(ctx, loc); }
  member(ctx: C.MemberCstChildren): A.Identifier | undefined { return this.x.name(ctx.name); }
  callArgs(ctx: C.CallArgsCstChildren): readonly A.Expr[] { return this.x.callArgs(ctx).args; }
  argument(ctx: C.ArgumentCstChildren, loc?: Loc): A.Expr { return this.x.expr(ctx.expression, 0, loc); }
  ifExpr(ctx: C.IfExprCstChildren, loc?: Loc): A.Expr { return this.x.ifExpr(ctx, loc); }
  tierExpr(ctx: C.TierExprCstChildren, loc?: Loc): A.Expr { return this.x.tierExpr(ctx, loc); }
  tierBranch(ctx: C.TierBranchCstChildren, loc?: Loc): A.TierBranch | undefined { return this.x.tierBranch(ctx, loc); }
  tierElse(ctx: C.TierElseCstChildren, loc?: Loc): A.TierElse { return this.x.tierElse(ctx, loc); }
}

/** The scorecard item rules, by CST key (the same names as the visitor methods). */
const ITEM_RULES = [
  'metricDecl', 'kpiDecl', 'targetDecl', 'profileDecl', 'periodDecl', 'subjectDecl', 'missingDecl', 'eligibleDecl',
  'fieldDecl', 'alertDecl',
] as const satisfies readonly (keyof C.ScorecardItemCstChildren)[];
