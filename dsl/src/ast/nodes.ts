// The typed AST of the scorecard language. Every node has a `kind` (the discriminant) and a `span`.
// A half-typed source still yields a Document: what could not be parsed becomes an `error` node,
// so the editor and the checker keep working on everything around the mistake.

/** A point in the source: 1-based line and column (columns count UTF-16 code units), 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A range of the source; `end` is exclusive (the position just after the last character). */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/** A name as written, with where it was written. */
export interface Identifier {
  readonly kind: 'identifier';
  readonly name: string;
  readonly span: Span;
}

// ---------------------------------------------------------------- expressions

export interface NumberLiteral { readonly kind: 'number'; readonly value: number; readonly raw: string; readonly span: Span }
/** `90%`: value is the fraction (0.9). */
export interface PercentLiteral { readonly kind: 'percent'; readonly value: number; readonly raw: string; readonly span: Span }
/** `30s`, `5m`, `1.5h`, `1d`: value is in seconds. */
export interface DurationLiteral { readonly kind: 'duration'; readonly value: number; readonly raw: string; readonly span: Span }
/** value is the unescaped text; raw is the literal as written, quotes included. */
export interface StringLiteral { readonly kind: 'string'; readonly value: string; readonly raw: string; readonly span: Span }
export interface BooleanLiteral { readonly kind: 'boolean'; readonly value: boolean; readonly span: Span }
export interface NullLiteral { readonly kind: 'null'; readonly span: Span }

/** A bare name: a record field inside an aggregate's argument, a metric or kpi elsewhere. */
export interface NameExpr { readonly kind: 'name'; readonly name: string; readonly span: Span }

/** `agent.tenure_days`, `team.region`, `group.vendor`. */
export interface MemberExpr {
  readonly kind: 'member';
  readonly object: Identifier;
  readonly property: Identifier;
  readonly span: Span;
}

/**
 * A function or aggregate call. `where` is the filter written inside the first argument of an
 * aggregate (`avg(handle_seconds where priority == "urgent")`); the parser accepts it on the first
 * argument only.
 */
export interface CallExpr {
  readonly kind: 'call';
  readonly callee: Identifier;
  readonly args: readonly Expr[];
  readonly where?: Expr;
  readonly span: Span;
}

export type UnaryOp = '-' | 'not';
export interface UnaryExpr {
  readonly kind: 'unary';
  readonly op: UnaryOp;
  readonly operand: Expr;
  readonly span: Span;
}

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type LogicalOp = 'and' | 'or';
export type BinaryOp = ArithmeticOp | CompareOp | LogicalOp;

export interface BinaryExpr {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
  /** where the operator itself was written */
  readonly opSpan: Span;
  readonly span: Span;
}

/** `if c then a else b` */
export interface IfExpr {
  readonly kind: 'if';
  readonly condition: Expr;
  readonly then: Expr;
  readonly otherwise: Expr;
  readonly span: Span;
}

export type TierOp = '>=' | '>' | '<=' | '<';
export interface TierBranch {
  readonly kind: 'tier-branch';
  readonly op: TierOp;
  readonly opSpan: Span;
  readonly threshold: Expr;
  readonly result: Expr;
  readonly span: Span;
}
export interface TierElse {
  readonly kind: 'tier-else';
  readonly result: Expr;
  readonly span: Span;
}
/** `tier(x) { >= 95% -> 100  …  else -> 0 }`; `otherwise` is absent when `else` was not written. */
export interface TierExpr {
  readonly kind: 'tier';
  readonly subject: Expr;
  readonly branches: readonly TierBranch[];
  readonly otherwise?: TierElse;
  readonly span: Span;
}

/** What the parser could not make sense of; the checker skips it silently (the parser already reported). */
export interface ErrorExpr { readonly kind: 'error'; readonly span: Span }

export type Literal = NumberLiteral | PercentLiteral | DurationLiteral | StringLiteral | BooleanLiteral | NullLiteral;
export type Expr = Literal | NameExpr | MemberExpr | CallExpr | UnaryExpr | BinaryExpr | IfExpr | TierExpr | ErrorExpr;

// ---------------------------------------------------------------- scorecard items

/** `2026-11-01`; only in `active` ranges. */
export interface DateLiteral {
  readonly kind: 'date';
  readonly raw: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly span: Span;
}

/** `period month` (also used inside `compensation`). */
export interface PeriodDecl { readonly kind: 'period'; readonly value: Identifier; readonly span: Span }
/** `subject agent|team|group` */
export interface SubjectDecl { readonly kind: 'subject'; readonly value: Identifier; readonly span: Span }
/** `missing renormalize|zero` */
export interface MissingDecl { readonly kind: 'missing'; readonly value: Identifier; readonly span: Span }
/** `eligible when cond` */
export interface EligibleDecl { readonly kind: 'eligible'; readonly condition: Expr; readonly span: Span }
/** `field kb_used: boolean` */
export interface FieldDecl { readonly kind: 'field'; readonly name: Identifier; readonly type: Identifier; readonly span: Span }

/** `metric csat "满意度" = expr as percent` */
export interface MetricDecl {
  readonly kind: 'metric';
  readonly name: Identifier;
  readonly label?: StringLiteral;
  readonly expr: Expr;
  readonly unit?: Identifier;
  readonly span: Span;
}

/** `kpi csat_score "满意度" = expr [as unit]` */
export interface KpiDecl {
  readonly kind: 'kpi';
  readonly name: Identifier;
  readonly label?: StringLiteral;
  readonly expr: Expr;
  readonly unit?: Identifier;
  readonly span: Span;
}

/** `target aht <= 420s when agent.tenure_days < 90` */
export interface TargetDecl {
  readonly kind: 'target';
  readonly metric: Identifier;
  readonly op: CompareOp;
  readonly opSpan: Span;
  readonly value: Expr;
  readonly when?: Expr;
  readonly span: Span;
}

/** `csat_score: 40%` inside a profile. */
export interface WeightEntry {
  readonly kind: 'weight';
  readonly kpi: Identifier;
  readonly value: Expr;
  readonly span: Span;
}

/** `active 2026-11-01..2026-11-11` (both days inclusive). */
export interface ActiveRange {
  readonly kind: 'active-range';
  readonly from: DateLiteral;
  readonly to: DateLiteral;
  readonly span: Span;
}

/** `profile double11 "双11大促" [default] [active A..B] { kpi: 50%, … }` */
export interface ProfileDecl {
  readonly kind: 'profile';
  readonly name: Identifier;
  readonly label?: StringLiteral;
  /** span of the `default` keyword when written */
  readonly default?: Span;
  readonly active?: ActiveRange;
  readonly weights: readonly WeightEntry[];
  readonly span: Span;
}

/** `alert slow "处理时长异常" when cond notify supervisor[, hr]` */
export interface AlertDecl {
  readonly kind: 'alert';
  readonly name: Identifier;
  readonly label?: StringLiteral;
  readonly condition: Expr;
  readonly notify: readonly Identifier[];
  readonly span: Span;
}

/** An item the parser could not read; the parser has reported why. */
export interface ErrorItem { readonly kind: 'error-item'; readonly span: Span }

export type ScorecardItem =
  | PeriodDecl | SubjectDecl | MissingDecl | EligibleDecl | FieldDecl | MetricDecl | KpiDecl
  | TargetDecl | ProfileDecl | AlertDecl | ErrorItem;

export interface ScorecardDecl {
  readonly kind: 'scorecard';
  readonly name: Identifier;
  readonly label?: StringLiteral;
  readonly items: readonly ScorecardItem[];
  readonly span: Span;
}

// ---------------------------------------------------------------- compensation

/** `scorecard frontline` inside a compensation block. */
export interface CompScorecardRef { readonly kind: 'comp-scorecard'; readonly scorecard: Identifier; readonly span: Span }
/** `payout = expr` */
export interface PayoutDecl { readonly kind: 'payout'; readonly expr: Expr; readonly span: Span }
/** `cap expr` */
export interface CapDecl { readonly kind: 'cap'; readonly expr: Expr; readonly span: Span }
/** `floor expr` */
export interface FloorDecl { readonly kind: 'floor'; readonly expr: Expr; readonly span: Span }

export type CompensationItem = CompScorecardRef | PeriodDecl | PayoutDecl | CapDecl | FloorDecl | ErrorItem;

export interface CompensationDecl {
  readonly kind: 'compensation';
  readonly name: Identifier;
  readonly label?: StringLiteral;
  readonly items: readonly CompensationItem[];
  readonly span: Span;
}

// ---------------------------------------------------------------- document

export interface Comment {
  readonly kind: 'comment';
  /** the whole comment as written, marker included (`# …` or `// …`) */
  readonly text: string;
  readonly span: Span;
}

export type TopLevel = ScorecardDecl | CompensationDecl | ErrorItem;

export interface Document {
  readonly kind: 'document';
  readonly blocks: readonly TopLevel[];
  /** every comment of the source in order; the formatter puts them back */
  readonly comments: readonly Comment[];
  readonly span: Span;
}

export type Node =
  | Document | ScorecardDecl | CompensationDecl | ScorecardItem | CompensationItem | Expr | Identifier
  | TierBranch | TierElse | WeightEntry | ActiveRange | DateLiteral | Comment;
