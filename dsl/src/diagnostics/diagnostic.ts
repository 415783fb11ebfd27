import type { Span } from '../ast/nodes';

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a source, in both languages of the product. */
export interface Diagnostic {
  /** stable code, e.g. `YS104`; see `catalogue.ts` */
  readonly code: string;
  readonly severity: Severity;
  /** English message in plain words */
  readonly message: string;
  /** the same message in Chinese (zh-CN) */
  readonly messageZh: string;
  /** the offending text; line and column are 1-based, `end` exclusive */
  readonly span: Span;
  /** a replacement the editor can offer ("did you mean `csat`?" → `csat`) */
  readonly suggestion?: string;
}

/** What every stage of the façade returns: it never throws on user input. */
export interface Result<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
