import type { CompareOp, ScorecardItem, TargetDecl } from '../ast/nodes';
import { hasErrors } from '../diagnostics/diagnostic';
import { parseDocument } from '../parser/parse';
import { applyAndFormat, parseForEdit, trailingCommentEnd, type EditResult } from './source-edit';

// Rows of the targets table written back as `target METRIC OP VALUE [when COND]` lines. Each row's text is first
// read alone by the language's parser, so a value cannot smuggle in other items; then it replaces the target's
// span (a new one goes after the last target, past its trailing comment), and the formatter lays the source out.
// Candidates for dsl/ (`setTarget`, `addTarget`, `removeTarget`), kept in the console for now.

export interface TargetInput {
  metric: string;
  op: CompareOp;
  /** an expression: `90%`, `420s`, `0.5` */
  value: string;
  /** a condition, or empty/null for an unconditional target */
  when?: string | null;
}

export const COMPARE_OPS: readonly CompareOp[] = ['>=', '>', '<=', '<', '==', '!='];

/** `source` with the `index`-th target replaced by `target`. */
export function setTarget(source: string, index: number, target: TargetInput): EditResult {
  const text = targetText(target);
  if (typeof text !== 'string') return text;
  const parsed = parseForEdit(source);
  if ('ok' in parsed) return parsed;
  const existing = targetsOf(parsed.scorecard.items)[index];
  if (!existing) return { ok: false, reason: 'unknown-target', detail: String(index) };
  return applyAndFormat(source, [{ from: existing.span.start.offset, to: existing.span.end.offset, insert: text }]);
}

/** `source` with `target` added after the last target (or at the end of the scorecard when it has none). */
export function addTarget(source: string, target: TargetInput): EditResult {
  const text = targetText(target);
  if (typeof text !== 'string') return text;
  const parsed = parseForEdit(source);
  if ('ok' in parsed) return parsed;
  const last = targetsOf(parsed.scorecard.items).at(-1);
  if (last) {
    const end = last.span.end.offset;
    const at = trailingCommentEnd(source, end) ?? end;
    return applyAndFormat(source, [{ from: at, to: at, insert: `\n${text}` }]);
  }
  // before the scorecard's closing brace
  const at = parsed.scorecard.span.end.offset - 1;
  return applyAndFormat(source, [{ from: at, to: at, insert: `\n${text}\n` }]);
}

/** `source` without its `index`-th target (a comment written beside it stays, attached to what follows). */
export function removeTarget(source: string, index: number): EditResult {
  const parsed = parseForEdit(source);
  if ('ok' in parsed) return parsed;
  const existing = targetsOf(parsed.scorecard.items)[index];
  if (!existing) return { ok: false, reason: 'unknown-target', detail: String(index) };
  return applyAndFormat(source, [{ from: existing.span.start.offset, to: existing.span.end.offset, insert: '' }]);
}

function targetsOf(items: readonly ScorecardItem[]): TargetDecl[] {
  return items.filter((item): item is TargetDecl => item.kind === 'target');
}

/** The target's source line, or why it is not one target: every part must read as exactly what it claims to be. */
export function targetText(target: TargetInput): string | Extract<EditResult, { ok: false }> {
  const invalid = (detail: string) => ({ ok: false as const, reason: 'invalid-value' as const, detail });
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(target.metric.trim())) return invalid('metric');
  if (!COMPARE_OPS.includes(target.op)) return invalid('op');
  const value = oneLine(target.value);
  const when = oneLine(target.when ?? '');
  if (value === '') return invalid('value');
  const head = `target ${target.metric.trim()} ${target.op} ${value}`;
  if (!readsAsOneTarget(head, false)) return invalid('value');
  const text = when ? `${head} when ${when}` : head;
  return !when || readsAsOneTarget(text, true) ? text : invalid('when');
}

/** `text` parsed alone is exactly one target (with a condition when `conditional`), no comment, no error. */
function readsAsOneTarget(text: string, conditional: boolean): boolean {
  const probe = parseDocument(`scorecard probe {\n${text}\n}`);
  const block = probe.value?.blocks[0];
  const items = block?.kind === 'scorecard' ? block.items : [];
  const only = items.length === 1 && items[0].kind === 'target' ? items[0] : undefined;
  return !!only && !hasErrors(probe.diagnostics) && probe.value?.comments.length === 0 && !!only.when === conditional;
}

/** Table cells are single-line: a line break would let a value run into the next item. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ').trim();
