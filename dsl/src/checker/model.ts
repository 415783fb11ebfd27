import type {
  AlertDecl, CompensationDecl, Document, Expr, FieldDecl, KpiDecl, MetricDecl, ProfileDecl, ScorecardDecl, TargetDecl,
} from '../ast/nodes';
import type { FieldType, MissingPolicy, PeriodUnit, SubjectKind, ValueType } from '../compile/types';

// The checked semantic model: what the checker learned about a document. The compiler and the editor
// services (completion, hover) read it; they never re-resolve names themselves.

export interface FieldSymbol {
  readonly kind: 'field';
  readonly name: string;
  readonly type: FieldType;
  readonly builtin: boolean;
  readonly decl?: FieldDecl;
}

export interface MetricSymbol {
  readonly kind: 'metric';
  readonly name: string;
  readonly label?: string;
  /** declared with `as`, else inferred */
  readonly type: ValueType;
  readonly decl: MetricDecl;
}

export interface KpiSymbol {
  readonly kind: 'kpi';
  readonly name: string;
  readonly label?: string;
  readonly type: ValueType;
  readonly decl: KpiDecl;
}

export type ScorecardSymbol = FieldSymbol | MetricSymbol | KpiSymbol;

export interface ScorecardModel {
  readonly decl: ScorecardDecl;
  readonly key: string;
  readonly label?: string;
  readonly period: PeriodUnit;
  readonly subject: SubjectKind;
  readonly missing: MissingPolicy;
  /** built-in and declared fields */
  readonly fields: ReadonlyMap<string, FieldSymbol>;
  readonly metrics: ReadonlyMap<string, MetricSymbol>;
  readonly kpis: ReadonlyMap<string, KpiSymbol>;
  /** metric and kpi names in dependency order (dependencies first); meaningful only without cycle errors */
  readonly order: readonly string[];
  /** the inferred type of every expression node the checker visited */
  readonly types: ReadonlyMap<Expr, ValueType>;
  readonly eligible?: Expr;
  readonly targets: readonly TargetDecl[];
  readonly profiles: readonly ProfileDecl[];
  readonly alerts: readonly AlertDecl[];
}

export interface CompensationModel {
  readonly decl: CompensationDecl;
  readonly key: string;
  readonly label?: string;
  readonly scorecard: string;
  readonly period: PeriodUnit;
  readonly payout?: Expr;
  readonly cap?: Expr;
  readonly floor?: Expr;
}

export interface CheckedDocument {
  readonly document: Document;
  readonly scorecards: readonly ScorecardModel[];
  readonly compensations: readonly CompensationModel[];
}
