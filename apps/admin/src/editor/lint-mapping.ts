import type { Action, Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { check, type Diagnostic, type Lang } from '@yardstick/dsl';

// The language's diagnostics as CodeMirror lint diagnostics: the exact span the checker reported (UTF-16
// offsets, which is what CodeMirror counts in too), the message in the reader's language, the code as the
// source, and the checker's suggestion as a one-click fix. Pure apart from the fix's closure; the benchmark in
// tests/bench/editor runs exactly `lintSource`, the function the editor's linter calls per keystroke.

/** The console's locale (`en`, `zh-CN`) as the language package's message language. */
export function dslLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** One diagnostic of the language in CodeMirror's form, clamped into the document `text`. */
export function toLintDiagnostic(d: Diagnostic, lang: Lang, text: string, fixLabel?: (suggestion: string) => string): LintDiagnostic {
  const { from, to } = visibleRange(d.span.start.offset, d.span.end.offset, text);
  const out: LintDiagnostic = {
    from, to,
    severity: d.severity,
    source: d.code,
    message: lang === 'zh' ? d.messageZh : d.message,
  };
  if (d.suggestion !== undefined && d.span.end.offset > d.span.start.offset && fixLabel) {
    const suggestion = d.suggestion;
    const action: Action = {
      name: fixLabel(suggestion),
      apply: (view, fixFrom, fixTo) => view.dispatch({ changes: { from: fixFrom, to: fixTo, insert: suggestion } }),
    };
    out.actions = [action];
  }
  return out;
}

export function toLintDiagnostics(
  diagnostics: readonly Diagnostic[], lang: Lang, text: string, fixLabel?: (suggestion: string) => string,
): LintDiagnostic[] {
  return diagnostics.map((d) => toLintDiagnostic(d, lang, text, fixLabel));
}

/** What the editor's linter does on each change: check the whole source, map every diagnostic. */
export function lintSource(source: string, lang: Lang, fixLabel?: (suggestion: string) => string): LintDiagnostic[] {
  return toLintDiagnostics(check(source).diagnostics, lang, source, fixLabel);
}

/**
 * A range CodeMirror can underline: inside the document, and at least one visible character wide where there is
 * one. An empty span (a "missing `}`" at the end) covers the character after it, or, at a line end, the last
 * character written before it, so the squiggle is never drawn under nothing.
 */
export function visibleRange(start: number, end: number, text: string): { from: number; to: number } {
  const length = text.length;
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  if (to > from || length === 0) return { from, to };
  if (from < length && !/[\r\n]/.test(text[from])) return { from, to: from + 1 };
  let at = from - 1;
  while (at > 0 && /\s/.test(text[at])) at -= 1;
  return at >= 0 ? { from: at, to: at + 1 } : { from, to: Math.min(from + 1, length) };
}

/** Diagnostics the service sent (storage rules YS9xx, a refused publish) that the local check did not find. */
export function serverOnly(server: readonly Diagnostic[], local: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set(local.map(keyOf));
  return server.filter((d) => !seen.has(keyOf(d)));
}

const keyOf = (d: Diagnostic): string => `${d.code}@${d.span.start.offset}-${d.span.end.offset}`;
