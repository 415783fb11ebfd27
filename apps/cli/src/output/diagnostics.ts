import { formatDiagnostic, type Diagnostic } from '@yardstick/dsl';
import type { Lang } from '../usage/args';

/** `2 errors, 1 warning`, or `no problems found`. */
export function diagnosticsSummary(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (lang === 'zh') return errors + warnings === 0 ? '没有发现问题' : `${errors} 个错误，${warnings} 个警告`;
  if (errors + warnings === 0) return 'no problems found';
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Every diagnostic, one `file:line:col: severity CODE message` line each. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], file: string, lang: Lang): string {
  return diagnostics.map((d) => `${formatDiagnostic(d, file, lang)}\n`).join('');
}
