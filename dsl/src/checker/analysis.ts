import type {
  CallExpr, CompensationDecl, Document, Expr, FieldDecl, KpiDecl, MemberExpr, MetricDecl, NameExpr, ScorecardDecl, TierExpr,
} from '../ast/nodes';
import type { FieldType, SubjectKind, ValueType } from '../compile/types';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { FunctionDef } from '../functions';
import type { Hint } from './suggest';

// What the shared passes (symbols, resolve, graph, types) learn about a document. Rules read it and
// only report; they never re-resolve names or re-infer types themselves.

/** A value type during checking: `any` stands for "unknown because of an error already reported", so nothing cascades. */
export type Ty = ValueType | 'any';

/** Where an expression is written; decides what is in scope and whether aggregates are allowed. */
export type Site =
  | 'metric' | 'kpi' | 'eligible' | 'target' | 'target-when' | 'alert'
  | 'payout' | 'cap' | 'floor';

export const CONDITION_SITES: ReadonlySet<Site> = new Set<Site>(['eligible', 'target-when', 'alert']);

export interface FieldInfo {
  readonly name: string;
  /** `any` when the declared type is unknown (reported once, at the type) */
  readonly type: FieldType | 'any';
  readonly builtin: boolean;
  readonly decl?: FieldDecl;
}

/** What a bare name refers to. */
export type NameTarget =
  | { readonly kind: 'field'; readonly field: FieldInfo }
  | { readonly kind: 'metric'; readonly name: string }
  | { readonly kind: 'kpi'; readonly name: string }
  | { readonly kind: 'score' };

interface Use {
  readonly site: Site;
  /** the aggregate call this use sits inside, if any */
  readonly aggregate?: CallExpr;
  /** the metric or kpi whose expression holds this use */
  readonly owner?: string;
}

export interface NameUse extends Use {
  readonly expr: NameExpr;
  /** undefined: unknown name */
  readonly target?: NameTarget;
  /** the argument of `team(m)` / `org(m)`: always a metric or kpi reference */
  readonly groupArgument: boolean;
}

export interface MemberUse extends Use { readonly expr: MemberExpr }

export interface CallUse extends Use {
  readonly expr: CallExpr;
  /** undefined: unknown function */
  readonly def?: FunctionDef;
}

export interface TierUse extends Use { readonly expr: TierExpr }

/** An expression root and where it is written. */
export interface ExprRoot {
  readonly expr: Expr;
  readonly site: Site;
  readonly owner?: string;
}

/** Everything the resolve pass collected, by node kind, so rules iterate lists instead of re-walking trees. */
export interface Uses {
  readonly roots: ExprRoot[];
  readonly names: NameUse[];
  readonly members: MemberUse[];
  readonly calls: CallUse[];
  readonly tiers: TierUse[];
  /** every expression node with its use context, in walk order; for a resolved name or a call, its NameUse/CallUse */
  readonly exprs: Map<Expr, Use>;
}

export interface ScorecardAnalysis {
  readonly kind: 'scorecard';
  readonly decl: ScorecardDecl;
  /** the scorecard has items the parser could not read: rules about absence stay quiet */
  readonly incomplete: boolean;
  readonly subject: SubjectKind;
  readonly fields: ReadonlyMap<string, FieldInfo>;
  /** first declaration of each name wins; duplicates are reported separately */
  readonly metrics: ReadonlyMap<string, MetricDecl>;
  readonly kpis: ReadonlyMap<string, KpiDecl>;
  readonly uses: Uses;
  /** metric and kpi names each metric or kpi reads directly, in the order written */
  readonly deps: ReadonlyMap<string, readonly string[]>;
  readonly order: readonly string[];
  /** each cycle as a path that starts and ends at its first-declared member */
  readonly cycles: readonly (readonly string[])[];
  readonly types: ReadonlyMap<Expr, Ty>;
  /** declared (valid `as`) or inferred type of each metric and kpi */
  readonly nodeTypes: ReadonlyMap<string, Ty>;
}

export interface CompensationAnalysis {
  readonly kind: 'compensation';
  readonly decl: CompensationDecl;
  readonly incomplete: boolean;
  readonly uses: Uses;
  readonly types: ReadonlyMap<Expr, Ty>;
}

export interface DocumentAnalysis {
  readonly document: Document;
  readonly scorecards: readonly ScorecardAnalysis[];
  readonly compensations: readonly CompensationAnalysis[];
}

export interface RuleContext {
  /** "did you mean" over the candidates; empty hint when nothing is close */
  hint(name: string, candidates: Iterable<string>): Hint;
}

/** One semantic rule: reports every problem of its kind, never just the first. */
export interface CheckRule {
  readonly id: string;
  check(doc: DocumentAnalysis, ctx: RuleContext): Diagnostic[];
}
