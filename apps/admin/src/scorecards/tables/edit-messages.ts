import type { EditResult } from '@yardstick/dsl';

/** The message key telling the admin why a table edit was not written into the source. */
export function editErrorKey(result: Extract<EditResult, { ok: false }>): string {
  if (result.reason === 'syntax') return 'ys.scorecards.tables.read_only_syntax';
  if (result.reason === 'no-scorecard') return 'ys.scorecards.tables.read_only_empty';
  if (result.reason === 'invalid-value' && 'detail' in result) {
    if (result.detail === 'when') return 'ys.scorecards.tables.invalid_when';
    if (result.detail === 'metric') return 'ys.scorecards.tables.invalid_metric';
    if (result.detail?.startsWith('a weight')) return 'ys.scorecards.tables.invalid_weight';
  }
  return 'ys.scorecards.tables.invalid_value';
}
